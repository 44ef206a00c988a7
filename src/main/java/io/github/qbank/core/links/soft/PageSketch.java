package io.github.qbank.core.links.soft;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import okhttp3.HttpUrl;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * What a page says, as far as telling two pages of one site apart needs: its title, and a sketch of
 * its visible text, the {@value #K} smallest hashes of its word shingles (Broder's resemblance,
 * bottom-k), from which the resemblance of two pages is estimated. Not an exact hash: two answers of
 * a "not found" page that differ in an advertisement or a request number still resemble each other.
 *
 * <p>Before the shingles are made, the text is read as a reader would compare it: in lower case,
 * NFKC, each CJK character a word of its own, every word with a digit one and the same word
 * ({@code 12:03:44}, {@code req-8f3a2} and {@code 2024} alike), and the words of the requested address
 * left out: a "not found" page that says "/posts/removed-post was not found" reads the same for every
 * address. Scripts, styles and {@code <noscript>} are not visible text.
 */
public final class PageSketch {

    /** How many of the smallest shingle hashes are kept. */
    static final int K = 128;
    /** Words per shingle. */
    static final int SHINGLE = 3;
    private static final int MAX_WORDS = 50_000;
    private static final int MAX_TITLE = 300;
    private static final String NUMBER = "0";

    private final String title;
    private final int words;
    private final boolean passwordField;
    /** Ascending, distinct. */
    private final long[] hashes;

    private PageSketch(String title, int words, boolean passwordField, long[] hashes) {
        this.title = title;
        this.words = words;
        this.passwordField = passwordField;
        this.hashes = hashes;
    }

    /**
     * The sketch of an HTML page.
     * @param html      the page, or its start
     * @param addresses the addresses asked and reached: their words are not the page's
     * @return the sketch
     */
    public static PageSketch of(String html, String... addresses) {
        Document doc = Jsoup.parse(html);
        boolean password = !doc.select("input[type=password]").isEmpty();
        String title = doc.title();
        doc.select("script, style, noscript, template, svg, head").remove();
        String text = doc.body() == null ? "" : doc.body().text();
        return of(title, text, password, addresses);
    }

    /**
     * The sketch of a page's title and visible text.
     * @param title         the title
     * @param text          the visible text
     * @param passwordField whether the page asks for a password
     * @param addresses     the addresses asked and reached: their words are not the page's
     * @return the sketch
     */
    static PageSketch of(String title, String text, boolean passwordField, String... addresses) {
        AddressWords strip = AddressWords.of(addresses);
        List<String> titleWords = words(title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE) : title, strip);
        List<String> textWords = words(text, strip);
        return new PageSketch(String.join(" ", titleWords), textWords.size(), passwordField, sketch(textWords));
    }

    /** {@return the title, in the words compared} */
    public String title() {
        return title;
    }

    /** {@return how many words of visible text the page has, its address's words left out} */
    public int words() {
        return words;
    }

    /** {@return whether the page has a password field: a login form} */
    public boolean passwordField() {
        return passwordField;
    }

    /**
     * How much the visible texts of two pages resemble each other: the share of their shingles
     * that both have (Jaccard), estimated from the two sketches; exact for pages of at most
     * {@value #K} shingles.
     * @param other another page
     * @return from 0 (nothing alike) to 1 (the same text)
     */
    public double resemblance(PageSketch other) {
        long[] a = hashes;
        long[] b = other.hashes;
        if (a.length == 0 || b.length == 0) {
            return a.length == 0 && b.length == 0 && words == 0 && other.words == 0 ? 1 : 0;
        }
        int i = 0;
        int j = 0;
        int union = 0;
        int both = 0;
        while (union < K && (i < a.length || j < b.length)) {
            if (j >= b.length || (i < a.length && a[i] < b[j])) {
                i++;
            } else if (i >= a.length || b[j] < a[i]) {
                j++;
            } else {
                i++;
                j++;
                both++;
            }
            union++;
        }
        return (double) both / union;
    }

    /**
     * Whether two pages have the same title, their addresses' words and numbers set aside.
     * @param other another page
     * @return {@code true} for the same title
     */
    public boolean sameTitle(PageSketch other) {
        return title.equals(other.title);
    }

    /** {@return the hashes, as the link cache keeps them: 16 hex digits each} */
    public String encodedHashes() {
        StringBuilder sb = new StringBuilder(hashes.length * 16);
        for (long h : hashes) {
            sb.append(HexFormat.of().toHexDigits(h));
        }
        return sb.toString();
    }

    /**
     * A sketch as the link cache kept it.
     * @param title         the title, in the words compared
     * @param words         the number of words of visible text
     * @param passwordField whether the page asks for a password
     * @param encodedHashes as {@link #encodedHashes()} gave them
     * @return the sketch, or {@code null} when the fields do not hold together
     */
    public static PageSketch decode(String title, int words, boolean passwordField, String encodedHashes) {
        if (title == null || title.length() > MAX_TITLE * 2 || words < 0 || encodedHashes == null
                || encodedHashes.length() % 16 != 0 || encodedHashes.length() > K * 16) {
            return null;
        }
        long[] hashes = new long[encodedHashes.length() / 16];
        try {
            for (int i = 0; i < hashes.length; i++) {
                hashes[i] = HexFormat.fromHexDigitsToLong(encodedHashes, i * 16, i * 16 + 16);
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        for (int i = 1; i < hashes.length; i++) {
            if (hashes[i - 1] >= hashes[i]) {
                return null;
            }
        }
        return new PageSketch(title, words, passwordField, hashes);
    }

    // ---------------------------------------------------------------- words and shingles

    /** The words of an address: its path segments and query values, as a page would echo them. */
    private record AddressWords(Set<String> words, List<String> cjkRuns) {

        static AddressWords of(String... addresses) {
            Set<String> words = new LinkedHashSet<>();
            List<String> runs = new ArrayList<>();
            for (String a : addresses) {
                HttpUrl url = a == null ? null : HttpUrl.parse(a);
                if (url == null) {
                    continue;
                }
                List<String> parts = new ArrayList<>(url.pathSegments());
                for (int i = 0; i < url.querySize(); i++) {
                    if (url.queryParameterValue(i) != null) {
                        parts.add(url.queryParameterValue(i));
                    }
                }
                for (String part : parts) {
                    String p = normalize(part);
                    StringBuilder word = new StringBuilder();
                    StringBuilder cjk = new StringBuilder();
                    p.codePoints().forEach(cp -> {
                        if (cjk(cp)) {
                            cjk.appendCodePoint(cp);
                            return;
                        }
                        if (cjk.length() > 0) {
                            runs.add(cjk.toString());
                            cjk.setLength(0);
                        }
                        if (Character.isLetterOrDigit(cp)) {
                            word.appendCodePoint(cp);
                        } else if (word.length() > 0) {
                            words.add(word.toString());
                            word.setLength(0);
                        }
                    });
                    if (word.length() > 0) {
                        words.add(word.toString());
                    }
                    if (cjk.length() > 0) {
                        runs.add(cjk.toString());
                    }
                }
            }
            runs.sort((x, y) -> y.length() - x.length());
            return new AddressWords(words, runs);
        }
    }

    private static String normalize(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** The words of a text as compared: see the class comment. */
    static List<String> words(String text, AddressWords strip) {
        String t = normalize(text);
        for (String run : strip.cjkRuns()) {
            if (run.length() >= 2) {
                t = t.replace(run, " ");
            }
        }
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < t.length() && out.size() < MAX_WORDS; ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (cjk(cp)) {
                flush(word, strip, out);
                out.add(new String(Character.toChars(cp)));
            } else if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else {
                flush(word, strip, out);
            }
        }
        flush(word, strip, out);
        return out;
    }

    private static void flush(StringBuilder word, AddressWords strip, List<String> out) {
        if (word.length() == 0) {
            return;
        }
        String w = word.toString();
        word.setLength(0);
        if (strip.words().contains(w)) {
            return;
        }
        out.add(w.chars().anyMatch(Character::isDigit) ? NUMBER : w);
    }

    private static boolean cjk(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
    }

    /** The {@value #K} smallest distinct hashes of the text's shingles, ascending. */
    private static long[] sketch(List<String> words) {
        if (words.isEmpty()) {
            return new long[0];
        }
        int n = Math.max(1, words.size() - SHINGLE + 1);
        long[] all = new long[n];
        for (int i = 0; i < n; i++) {
            long h = 0xcbf29ce484222325L;
            for (int w = i; w < Math.min(words.size(), i + SHINGLE); w++) {
                String word = words.get(w);
                for (int c = 0; c < word.length(); c++) {
                    h = (h ^ word.charAt(c)) * 0x100000001b3L;
                }
                h = (h ^ ' ') * 0x100000001b3L;
            }
            all[i] = mix(h);
        }
        Arrays.sort(all);
        long[] out = new long[Math.min(K, n)];
        int size = 0;
        for (int i = 0; i < n && size < K; i++) {
            if (size == 0 || out[size - 1] != all[i]) {
                out[size++] = all[i];
            }
        }
        return Arrays.copyOf(out, size);
    }

    /** SplitMix64's finaliser: every bit of the FNV hash moves every bit of the result. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
