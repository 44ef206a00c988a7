package io.github.qbank.core.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The text measures behind near-duplicate questions; whole findings are asserted by the duplicate-question fixtures. */
class DuplicateQuestionRuleTest {

    @Test
    void fillersAndParticlesAreDropped() {
        assertEquals("介绍transformer", DuplicateQuestionRule.withoutFillers("请简单介绍一下transformer吗"));
        assertEquals("简介一", DuplicateQuestionRule.withoutFillers("简介一"));
        assertEquals("简", DuplicateQuestionRule.withoutFillers("简"));
    }

    @Test
    void bigramsAreDistinctSortedAndCountSupplementaryCharactersOnce() {
        assertArrayEquals(new int[0], DuplicateQuestionRule.bigrams("a"));
        assertArrayEquals(new int[] {'a' * 31 + 'b', 'b' * 31 + 'a'}, DuplicateQuestionRule.bigrams("abab"));
        assertEquals(1, DuplicateQuestionRule.bigrams("𠀀a").length);
        assertEquals(1.0, DuplicateQuestionRule.dice(DuplicateQuestionRule.bigrams("注意力机制"),
                DuplicateQuestionRule.bigrams("注意力机制")));
    }

    @Test
    void onlyALetterOfALatinWordIsCosmetic() {
        assertTrue(DuplicateQuestionRule.cosmeticDifference("prefixtining", "prefixtuning"));
        assertFalse(DuplicateQuestionRule.cosmeticDifference("优点", "缺点"));
    }
}
