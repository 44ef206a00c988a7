package io.github.qbank.core;

/**
 * Text from the bank made fit for one line of output. File names, link targets, titles and
 * attribute values may hold line breaks and other control characters; written as they are, they
 * would start a new log line, which a CI runner reads as a command ({@code ::error …},
 * {@code ::add-mask::…}), or move the cursor and recolour a terminal. Every finding passes its
 * texts through here ({@link Finding}), and so does every line the plugin logs, so no output can
 * forget.
 *
 * <ul>
 *   <li>C0 control characters (U+0000–U+001F) become their Unicode control pictures, U+2400–U+241F:
 *       a line feed is {@code ␊}, a carriage return {@code ␍}, a tab {@code ␉}, escape {@code ␛};
 *       DEL becomes {@code ␡}.
 *   <li>C1 control characters (U+0080–U+009F) and the line and paragraph separators U+2028 and
 *       U+2029 become {@code <U+0085>}, {@code <U+2028>} and so on.
 *   <li>The bidirectional controls, embeddings and overrides U+202A–U+202E and isolates
 *       U+2066–U+2069, become {@code <U+202E>} and so on: written as they are, they reorder the
 *       text around them on screen, so that {@code a<U+202E>dm.exe} would show as
 *       {@code aexe.md}.
 *   <li>{@code ##[}, which GitHub's runner still reads anywhere in a line as a command of its old
 *       syntax ({@code ##[error]}, {@code ##[add-mask]}), is written {@code # #[}.
 * </ul>
 */
public final class OneLine {

    private static final String OLD_COMMAND = "##[";

    private OneLine() {}

    /**
     * The text as one safe line; {@code null} stays {@code null}.
     * @param text any text, possibly with line breaks and control characters
     * @return the text on one line, control characters replaced
     */
    public static String of(String text) {
        if (text == null || isSafe(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                out.append((char) (0x2400 + c));
            } else if (c == 0x7F) {
                out.append('\u2421');
            } else if (isOtherBreak(c) || isBidiControl(c)) {
                out.append(String.format(java.util.Locale.ROOT, "<U+%04X>", (int) c));
            } else {
                out.append(c);
            }
        }
        String s = out.toString();
        return s.contains(OLD_COMMAND) ? s.replace(OLD_COMMAND, "# #[") : s;
    }

    private static boolean isSafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F || isOtherBreak(c) || isBidiControl(c)) {
                return false;
            }
        }
        return !text.contains(OLD_COMMAND);
    }

    private static boolean isOtherBreak(char c) {
        return (c >= 0x80 && c <= 0x9F) || c == '\u2028' || c == '\u2029';
    }

    /** LRE, RLE, PDF, LRO, RLO (U+202A–U+202E) and LRI, RLI, FSI, PDI (U+2066–U+2069). */
    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
