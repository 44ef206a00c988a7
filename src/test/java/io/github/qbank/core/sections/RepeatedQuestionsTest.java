package io.github.qbank.core.sections;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The text measures behind near-duplicate questions; whole findings are asserted by the duplicate-question fixtures. */
class RepeatedQuestionsTest {

    @Test
    void fillersAndParticlesAreDropped() {
        assertEquals("介绍transformer", RepeatedQuestions.withoutFillers("请简单介绍一下transformer吗"));
        assertEquals("简介一", RepeatedQuestions.withoutFillers("简介一"));
        assertEquals("简", RepeatedQuestions.withoutFillers("简"));
    }

    @Test
    void bigramsAreDistinctSortedAndCountSupplementaryCharactersOnce() {
        assertArrayEquals(new int[0], RepeatedQuestions.bigrams("a"));
        assertArrayEquals(new int[] {'a' * 31 + 'b', 'b' * 31 + 'a'}, RepeatedQuestions.bigrams("abab"));
        assertEquals(1, RepeatedQuestions.bigrams("𠀀a").length);
        assertEquals(1.0, RepeatedQuestions.dice(RepeatedQuestions.bigrams("注意力机制"),
                RepeatedQuestions.bigrams("注意力机制")));
    }

    @Test
    void onlyALetterOfALatinWordIsCosmetic() {
        assertTrue(RepeatedQuestions.cosmeticDifference("prefixtining", "prefixtuning"));
        assertFalse(RepeatedQuestions.cosmeticDifference("优点", "缺点"));
        assertTrue(RepeatedQuestions.cosmeticDifference("什么是llm", "什么是llms"));
        assertFalse(RepeatedQuestions.cosmeticDifference("poll应用场景", "epoll应用场景"));
        assertFalse(RepeatedQuestions.cosmeticDifference("买卖股票的最佳时机ii", "买卖股票的最佳时机iii"));
    }
}
