package io.github.qbank.core.sections;

import java.nio.file.Path;
import java.text.Normalizer.Form;
import java.util.Locale;

import io.github.qbank.core.links.WebUrls;
import io.github.qbank.core.model.Bank;
import io.github.qbank.core.numbering.NumberToken;
import io.github.qbank.core.numbering.NumberTokenParser;

/** How titles, questions and answer URLs are compared. */
public final class Normalizer {

    private Normalizer() {}

    /**
     * A title or question as compared: the leading number removed, NFKC (full-width letters and
     * digits become half-width), lower case, and white space and punctuation removed, so
     * {@code ### 22.1 [MOE（Mixture-of-Experts）篇](url)} and {@code ## MOE(Mixture of Experts) 篇}
     * compare equal. Symbols that change the meaning stay ({@link #KEPT_SYMBOLS}): {@code C},
     * {@code C++} and {@code C#} differ, so do {@code m < n} and {@code m > n}, {@code *a} and {@code a}.
     */
    public static String text(String visible) {
        String t = visible.strip();
        NumberToken token = NumberTokenParser.parse(t);
        if (token != null) {
            t = t.substring(t.indexOf(token.text()) + token.text().length());
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
     * An answer URL as compared. Web URLs: scheme and host in lower case, default port, trailing
     * slash and fragment dropped. Local targets: the file relative to the project, so
     * {@code answers/a.md} from the index and {@code ../answers/a.md} from a chapter are the same;
     * their fragment is kept, since one answer page often holds an anchor per question.
     *
     * @param url      as written
     * @param fromFile the Markdown file that holds it
     * @param baseDir  the project base directory
     */
    public static String url(String url, Path fromFile, Path baseDir) {
        String u = url.strip();
        if (u.regionMatches(true, 0, "http://", 0, 7) || u.regionMatches(true, 0, "https://", 0, 8)) {
            return WebUrls.normalize(u);
        }
        if (u.startsWith("#")) {
            return Bank.relativePath(baseDir, fromFile) + u;
        }
        int hash = u.indexOf('#');
        String fragment = hash >= 0 ? u.substring(hash) : "";
        String path = hash >= 0 ? u.substring(0, hash) : u;
        try {
            Path target = (path.startsWith("/") ? baseDir.resolve(path.substring(1)) : fromFile.getParent().resolve(path))
                    .normalize();
            return Bank.relativePath(baseDir, target) + fragment;
        } catch (IllegalArgumentException e) {
            return u;
        }
    }
}
