package io.github.qbank.core.numbering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The number token parser reads arabic and dotted numbers with hand-written scanners, which must
 * match exactly what the regular expressions they replace matched: those expressions are the
 * oracle here, on every short text over an alphabet of the characters that matter and on random
 * longer ones.
 */
class NumberTokenScannersTest {

    private static final Pattern DOTTED = Pattern.compile("^(\\d{1,4}(?:\\.\\d{1,4})+)\\.?(?![\\d.])");
    private static final Pattern ARABIC = Pattern.compile("^(\\d{1,4})(?:[.、．)）]|(?=\\s)|$)");
    private static final String ALPHABET = "0123456789..、．)） \t\na中%位";

    private static void assertSameAsTheExpressions(String t) {
        Matcher dotted = DOTTED.matcher(t);
        int end = NumberTokenParser.dottedEnd(t);
        if (dotted.lookingAt()) {
            assertEquals(dotted.end(1), end, t);
            assertEquals(dotted.end(), NumberTokenParser.dottedTokenEnd(t, end), t);
        } else {
            assertEquals(-1, end, t);
        }
        Matcher arabic = ARABIC.matcher(t);
        int tokenEnd = NumberTokenParser.arabicTokenEnd(t, NumberTokenParser.digitRun(t, 0));
        assertEquals(arabic.lookingAt() ? arabic.end() : -1, tokenEnd, t);
        if (tokenEnd >= 0) {
            assertEquals(arabic.end(1), NumberTokenParser.digitRun(t, 0), t);
        }
    }

    @Test
    void everyShortTextScansAsTheExpressionsMatch() {
        char[] letters = ALPHABET.toCharArray();
        int n = letters.length;
        for (int length = 0; length <= 5; length++) {
            int[] at = new int[length];
            while (true) {
                StringBuilder b = new StringBuilder();
                for (int i : at) {
                    b.append(letters[i]);
                }
                assertSameAsTheExpressions(b.toString());
                int k = length - 1;
                while (k >= 0 && at[k] == n - 1) {
                    at[k--] = 0;
                }
                if (k < 0) {
                    break;
                }
                at[k]++;
            }
        }
    }

    @Test
    void randomLongerTextsScanAsTheExpressionsMatch() {
        Random random = new Random(18);
        String digitsAndDots = "0123456789.";
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            int length = 1 + random.nextInt(16);
            for (int j = 0; j < length; j++) {
                String from = random.nextInt(4) == 0 ? ALPHABET : digitsAndDots;
                b.append(from.charAt(random.nextInt(from.length())));
            }
            assertSameAsTheExpressions(b.toString());
        }
    }
}
