package io.github.qbank.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Which headings are labels over notes, not questions ({@link DuplicateQuestionRule#isLabel}): the
 * scanner agrees with the expression it replaced on every short text over an alphabet of the
 * characters that decide, and on random longer ones.
 */
class DuplicateQuestionLabelTest {

    /** The definition as first written, with a regular expression and a stream, after any number. */
    private static boolean labelAsWritten(String text) {
        String t = text.strip();
        io.github.qbank.core.numbering.NumberToken number = io.github.qbank.core.numbering.NumberTokenParser.parse(t);
        String rest = number == null ? t : number.after(t).strip();
        t = rest.isEmpty() ? t : rest;
        if (t.isEmpty() || t.indexOf('?') >= 0 || t.indexOf('？') >= 0) {
            return false;
        }
        long han = t.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        if (han > 0) {
            return han <= 3 && t.codePointCount(0, t.length()) <= 4;
        }
        return t.split("\\s+").length <= 2;
    }

    private static final String[] ALPHABET = {"a", "Z", " ", "\t", "\n", "\u000b", "\f", "\r", "\u00a0", "\u3000",
        "?", "？", "问", "题", "\uD840\uDC00", "é", ":", "1"};

    @Test
    void agreesWithTheExpressionOnEveryShortText() {
        int[] digits = new int[5];
        int checked = 0;
        for (int length = 0; length <= digits.length; length++) {
            java.util.Arrays.fill(digits, 0);
            while (true) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < length; i++) {
                    text.append(ALPHABET[digits[i]]);
                }
                String t = text.toString();
                assertEquals(labelAsWritten(t), DuplicateQuestionRule.isLabel(t), () -> "\"" + t + "\"");
                checked++;
                int i = 0;
                while (i < length && ++digits[i] == ALPHABET.length) {
                    digits[i++] = 0;
                }
                if (i == length) {
                    break;
                }
            }
        }
        assertEquals(2_000_719, checked);
    }

    @Test
    void agreesWithTheExpressionOnRandomLongerTexts() {
        Random random = new Random(18);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            String t = text.toString();
            assertEquals(labelAsWritten(t), DuplicateQuestionRule.isLabel(t), () -> "\"" + t + "\"");
        }
    }

    @Test
    void labelsAndQuestions() {
        assertTrue(DuplicateQuestionRule.isLabel("Java"));
        assertTrue(DuplicateQuestionRule.isLabel("Pros and"));
        assertTrue(DuplicateQuestionRule.isLabel(" 优点 "));
        assertTrue(DuplicateQuestionRule.isLabel("总结:"));
        assertFalse(DuplicateQuestionRule.isLabel("What is Java"));
        assertFalse(DuplicateQuestionRule.isLabel("Java?"));
        assertFalse(DuplicateQuestionRule.isLabel("什么是注意力"));
        assertFalse(DuplicateQuestionRule.isLabel(""));
    }
}
