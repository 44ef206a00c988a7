package io.github.qbank.core.sections;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer.Form;
import java.util.Locale;

import io.github.qbank.core.model.Bank;
import io.github.qbank.core.numbering.NumberToken;
import io.github.qbank.core.numbering.NumberTokenParser;
import io.github.qbank.core.web.WebUrls;

/** How titles, questions and answer URLs are compared. */
public final class Normalizer {

    private Normalizer() {}

    /**
     * A title or question as compared: the leading number removed (unless nothing but digits and
     * punctuation stand after it, as in a release {@code 1.12.2 (2018-03-08)}), NFKC (full-width letters and
     * digits become half-width), lower case, and white space and punctuation removed, so
     * {@code ### 22.1 [MOE（Mixture-of-Experts）篇](url)} and {@code ## MOE(Mixture of Experts) 篇}
     * compare equal. Symbols that change the meaning stay ({@link #KEPT_SYMBOLS}): {@code C},
     * {@code C++} and {@code C#} differ, so do {@code m < n} and {@code m > n}, {@code *a} and {@code a}.
     * @param visible a title or question as rendered
     * @return the text as compared
     */
    public static String text(String visible) {
        String t = visible.strip();
        NumberToken token = NumberTokenParser.parse(t);
        if (token != null) {
            String rest = token.after(t);
            // a title that is its number and a date or a count ("1.12.2 (2018-03-08)") is named by its number
            if (rest.codePoints().anyMatch(Character::isLetter)) {
                t = rest;
            }
        }
        String quick = lettersAndDigitsOfCommonText(t);
        if (quick != null) {
            return quick;
        }
        t = java.text.Normalizer.normalize(t, Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            if (Character.isLetterOrDigit(cp) || cp < 0x80 && KEPT_SYMBOLS.indexOf(cp) >= 0) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /**
     * Punctuation common in Chinese text. NFKC maps some of it to ASCII punctuation and leaves the
     * rest, never to a letter or digit, and none of it composes with a neighbour: it is dropped
     * either way.
     */
    private static final String CJK_PUNCTUATION = "，。？：；（）、“”‘’《》【】「」『』…—·";

    /** Symbols that change what a title or question means, kept when texts are compared. */
    public static final String KEPT_SYMBOLS = "+<>=!#*&|~^%$@";

    /**
     * The same result as the NFKC path, without normalising, for text of ASCII, CJK unified
     * ideographs (neither has a compatibility mapping or composes) and {@link #CJK_PUNCTUATION};
     * {@code null} for any other text.
     */
    private static String lettersAndDigitsOfCommonText(String t) {
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < 0x80) {
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || KEPT_SYMBOLS.indexOf(c) >= 0) {
                    out.append(c);
                } else if (c >= 'A' && c <= 'Z') {
                    out.append((char) (c + ('a' - 'A')));
                }
            } else if (c >= 0x4E00 && c <= 0x9FFF) {
                if (Character.isLetter(c)) {
                    out.append(c);
                }
            } else if (CJK_PUNCTUATION.indexOf(c) < 0) {
                return null;
            }
        }
        return out.toString();
    }

    /**
     * An answer URL as compared, fragment included: one answer page often holds an anchor per
     * question, and different anchors are different answers. Percent-encoding does not matter
     * ({@code #306-右值} and {@code #306-%E5%8F%B3%E5%80%BC} are one anchor). Web URLs: scheme and
     * host in lower case, default port, trailing slash dropped, query kept. Local targets: the file
     * relative to the project, without query, so {@code answers/a.md} from the index and
     * {@code ../answers/a.md} from a chapter are the same, and {@code #q1} alone is the file itself.
     *
     * @param url      as written
     * @param fromFile the Markdown file that holds it
     * @param baseDir  the project base directory
     * @return the URL as compared
     */
    public static String url(String url, Path fromFile, Path baseDir) {
        String u = url.strip();
        if (u.isEmpty()) {
            return u;
        }
        int hash = u.indexOf('#');
        String fragment = hash >= 0 ? decode(u.substring(hash + 1), false) : "";
        String suffix = fragment.isEmpty() ? "" : "#" + fragment;
        String rest = hash >= 0 ? u.substring(0, hash) : u;
        if (rest.regionMatches(true, 0, "http://", 0, 7) || rest.regionMatches(true, 0, "https://", 0, 8)) {
            return decode(WebUrls.normalize(rest), true) + suffix;
        }
        if (rest.isEmpty()) {
            return Bank.relativePath(baseDir, fromFile) + suffix;
        }
        int query = rest.indexOf('?');
        String path = decode(query >= 0 ? rest.substring(0, query) : rest, false);
        try {
            Path target = (path.startsWith("/") ? baseDir.resolve(path.substring(1)) : fromFile.getParent().resolve(path))
                    .normalize();
            return Bank.relativePath(baseDir, target) + suffix;
        } catch (IllegalArgumentException e) {
            return path + suffix;
        }
    }

    /**
     * Percent-decodes {@code s}: each run of {@code %XX} that is valid UTF-8 becomes its characters,
     * anything else stays as written. With {@code keepReserved}, escapes of ASCII characters other
     * than letters, digits and {@code -._~} stay escaped (in upper case), because they change what a
     * web URL means ({@code %2F} is not {@code /}).
     */
    static String decode(String s, boolean keepReserved) {
        int percent = s.indexOf('%');
        if (percent < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        out.append(s, 0, percent);
        int i = percent;
        while (i < s.length()) {
            if (s.charAt(i) != '%' || hex(s, i) < 0) {
                out.append(s.charAt(i++));
                continue;
            }
            int runStart = i;
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            while (i < s.length() && s.charAt(i) == '%' && hex(s, i) >= 0) {
                bytes.write(hex(s, i));
                i += 3;
            }
            String decoded = utf8(bytes.toByteArray());
            if (decoded == null) {
                out.append(s, runStart, i);
            } else if (!keepReserved) {
                out.append(decoded);
            } else {
                for (int k = 0; k < decoded.length(); k++) {
                    char c = decoded.charAt(k);
                    boolean unreserved = c >= 0x80 || Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0;
                    if (unreserved) {
                        out.append(c);
                    } else {
                        out.append('%').append(String.format(Locale.ROOT, "%02X", (int) c));
                    }
                }
            }
        }
        return out.toString();
    }

    /** The byte that {@code %XX} at {@code i} stands for, or -1. */
    private static int hex(String s, int i) {
        if (i + 2 >= s.length()) {
            return -1;
        }
        int hi = Character.digit(s.charAt(i + 1), 16);
        int lo = Character.digit(s.charAt(i + 2), 16);
        return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
