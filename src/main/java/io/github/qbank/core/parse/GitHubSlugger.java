package io.github.qbank.core.parse;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Heading ids as GitHub makes them (the github-slugger algorithm): lower case; letters, marks,
 * digits, {@code _} and {@code -} kept, so CJK text stays; spaces become {@code -}; everything else
 * dropped. A repeated id gets {@code -1}, {@code -2}, … in document order. One instance per file.
 */
public final class GitHubSlugger {

    private final Map<String, Integer> occurrences = new HashMap<>();

    /**
     * The id of the next heading with this text.
     * @param headingText the heading's visible text
     * @return its id, with {@code -1}, {@code -2} for repeats
     */
    public String slug(String headingText) {
        String base = baseSlug(headingText);
        String result = base;
        while (occurrences.containsKey(result)) {
            int n = occurrences.merge(base, 1, Integer::sum);
            result = base + "-" + n;
        }
        occurrences.put(result, 0);
        return result;
    }

    /**
     * The id of a heading text without the de-duplication suffix.
     * @param text the heading's visible text
     * @return its id
     */
    public static String baseSlug(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        lower.codePoints().forEach(cp -> {
            if (cp == ' ') {
                out.append('-');
            } else if (cp == '-' || cp == '_' || keeps(Character.getType(cp))) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static boolean keeps(int type) {
        return switch (type) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.CONNECTOR_PUNCTUATION -> true;
            default -> false;
        };
    }
}
