package io.github.qbank.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.qbank.core.check.QbankConfig;

class CommaListsTest {

    @Test
    void splitsTrimsAndDropsBlanks() {
        assertEquals(List.of("a", "b c", "d"), CommaLists.split(" a, b c ,,d,"));
        assertEquals(List.of(), CommaLists.split(null));
    }

    @Test
    void commasInsideBracesBelongToTheGlob() {
        assertEquals(List.of("**/*.{md,markdown}", "docs/**"), CommaLists.split("**/*.{md,markdown}, docs/**"));
        assertEquals(List.of("a/{b,{c,d}}", "e"), CommaLists.split("a/{b,{c,d}},e"));
        assertEquals(List.of("x}", "y"), CommaLists.split("x},y"));
    }

    @Test
    void listElementsSplitAtEveryCommaAreJoinedAgain() {
        assertEquals(List.of("**/*.{md,markdown}", "docs/**"), CommaLists.parts(List.of("**/*.{md", "markdown}", " docs/**")));
        assertEquals(List.of("a.md", "b.md"), CommaLists.parts(List.of("a.md", "b.md")));
        assertEquals(List.of(), CommaLists.parts(null));
    }

    @Test
    void mojoDefaultsAreTheCoreDefaults() {
        assertEquals(QbankConfig.DEFAULT_INCLUDES, CommaLists.split(CommaLists.DEFAULT_INCLUDES));
        assertEquals(QbankConfig.DEFAULT_EXCLUDES, CommaLists.split(CommaLists.DEFAULT_EXCLUDES));
        assertEquals(QbankConfig.DEFAULT_FORMATS, CommaLists.split(CommaLists.DEFAULT_FORMATS));
    }
}
