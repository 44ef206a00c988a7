package io.github.qbank.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class SourceTextTest {

    private static final SourceText TEXT = new SourceText("# 标题\r\n- a 𠀀 b\rlast\n\nend");

    @Test
    void linesEndAtLfCrLfAndLoneCr() {
        assertEquals(5, TEXT.lineCount());
        assertEquals("# 标题", TEXT.line(1));
        assertEquals("- a 𠀀 b", TEXT.line(2));
        assertEquals("last", TEXT.line(3));
        assertEquals("", TEXT.line(4));
        assertEquals("end", TEXT.line(5));
    }

    @Test
    void columnsCountCodePoints() {
        int b = TEXT.text().indexOf('b');
        assertEquals(2, TEXT.lineOf(b));
        assertEquals(7, TEXT.columnOf(b));
    }

    /** The cursor remembers the last line; in any order of offsets it must agree with the index. */
    @Test
    void cursorAgreesWithTheIndexInAnyOrder() {
        SourceText.Cursor cursor = TEXT.cursor();
        Random random = new Random(3);
        for (int i = 0; i < 5_000; i++) {
            int offset = random.nextInt(TEXT.text().length() + 4) - 2;
            if (i % 3 == 0) {
                offset = i % (TEXT.text().length() + 1);
            }
            assertEquals(TEXT.lineOf(offset), cursor.lineOf(offset), "line of " + offset);
            assertEquals(TEXT.columnOf(offset), cursor.columnOf(offset), "column of " + offset);
        }
    }

    /** Issue #12: 20,000 links on one line of CJK text; each column was counted from the line start. */
    @Test
    void columnsAlongOneLongLineAreCountedOnceMovingForward() {
        StringBuilder sb = new StringBuilder("# 标题\n");
        for (int i = 0; i < 20_000; i++) {
            sb.append("[链接").append(i).append("](缺失").append(i).append(".md) ");
        }
        SourceText text = new SourceText(sb.append('\n').toString());
        SourceText.Cursor cursor = text.cursor();
        int lineStart = text.lineStart(2);
        for (int at = text.text().indexOf('[', lineStart); at >= 0; at = text.text().indexOf('[', at + 1)) {
            assertEquals(at - lineStart + 1, cursor.columnOf(at), "column of " + at);
        }
        int length = text.text().length();
        assertTrue(cursor.counted() <= length, "walked " + cursor.counted() + " characters for a text of " + length);
    }
}
