package io.github.qbank.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** What {@link OneLine} shows of the characters that would change a line's look or break it. */
class OneLineTest {

    @Test
    void bidiControlsAreShownAsEscapes() {
        // a file name that an RLO shows as "answersexe.md" in a terminal
        assertEquals("answers<U+202E>dm.exe", OneLine.of("answers\u202Edm.exe"));
        assertEquals("<U+202A><U+202B><U+202C><U+202D><U+202E>", OneLine.of("\u202A\u202B\u202C\u202D\u202E"));
        assertEquals("<U+2066><U+2067><U+2068><U+2069>", OneLine.of("\u2066\u2067\u2068\u2069"));
        assertEquals("a<U+2067>b\u240Ac", OneLine.of("a\u2067b\nc"));
    }

    @Test
    void theirNeighboursStayAsTheyAre() {
        String neighbours = "\u2027\u202F\u2065\u206A \u05D0\u05D1 \u0627\u0644 caf\u00E9 \u4E2D\u6587";
        assertSame(neighbours, OneLine.of(neighbours));
    }

    @Test
    void aFindingsTextShowsThem() {
        Finding f = new Finding("missing-local-file", Severity.ERROR, "a\u202Edm.exe", 1, 1,
                Message.of("local-target.missing", Message.of("local-target.link-target"), "b\u2066c.md"), "\u202Dx",
                null);
        assertEquals("a<U+202E>dm.exe", f.file());
        assertEquals("link target b<U+2066>c.md does not exist", f.text());
        assertEquals(f.text(), f.text(Locale.ENGLISH));
        assertEquals("<U+202D>x", f.expected());
    }
}
