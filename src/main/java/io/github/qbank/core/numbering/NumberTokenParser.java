package io.github.qbank.core.numbering;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbering token at the start of a heading's or item's visible text. Stateless.
 *
 * <p>What counts, and what does not: {@code 1 text}, {@code 1. text}, {@code 1、text} are
 * numbered; {@code 3D并行} and {@code 175B 参数} are not (a bare number must be followed by a
 * space or its punctuation). A dotted number may be glued to the text ({@code 5.3LLaMA}).
 */
public final class NumberTokenParser {

    private static final String CN = "[零〇一二三四五六七八九十百两]+";
    private static final Pattern MALFORMED = Pattern.compile("^(\\.\\d{1,4}(?:\\.\\d{1,4})*|\\d{1,4}\\.\\.+\\d{1,4}(?:\\.\\d{1,4})*)(?=\\s|$|\\p{IsHan})");
    private static final Pattern CHINESE = Pattern.compile("^(" + CN + ")[、.．]");
    private static final Pattern ORDINAL = Pattern.compile("^第(" + CN + "|\\d{1,4})([章节篇部重讲课回题])");
    private static final Pattern LABELLED = Pattern.compile("^(\\p{IsHan}{1,8}?)(" + CN + ")[：:]");
    private static final Pattern PARENTHESISED = Pattern.compile("^[（(](" + CN + "|\\d{1,4})[）)]");
    private static final Pattern QUESTION = Pattern.compile("^(?:Q|Question\\s*)(\\d{1,4})(?![\\d\\p{L}])[.:：)]?");

    private NumberTokenParser() {}

    /**
     * The token at the start of the text, or {@code null} when the text is not numbered. Each style
     * is tried only when the first character can start it, in a fixed order.
     * @param visibleText a heading's or item's text, without markup
     * @return the token, or {@code null}
     */
    public static NumberToken parse(String visibleText) {
        String t = withoutLiteralEmphasis(visibleText.stripLeading());
        if (t.isEmpty()) {
            return null;
        }
        char first = t.charAt(0);
        if (isDigit(first)) {
            return arabicOrDotted(t);
        }
        if (first == '.') {
            return malformedDotted(t);
        }
        if (first == '(' || first == '（') {
            return parenthesised(t);
        }
        int circled = circledValue(first);
        if (circled > 0) {
            return new NumberToken(NumberToken.Style.CIRCLED, "circled", List.of(circled), String.valueOf(first), false);
        }
        if (first == 'Q') {
            Matcher m = QUESTION.matcher(t);
            return m.lookingAt() ? new NumberToken(NumberToken.Style.QUESTION, "question",
                    List.of(Integer.parseInt(m.group(1))), m.group(), false) : null;
        }
        return isHan(first) ? han(t, first) : null;
    }

    /**
     * {@code **297.**inline} renders its asterisks as text (the closing run cannot close after a
     * dot before a letter), yet the reader still reads item 297.
     */
    private static String withoutLiteralEmphasis(String t) {
        int i = 0;
        while (i < t.length() && i < 3 && (t.charAt(i) == '*' || t.charAt(i) == '_')) {
            i++;
        }
        return i > 0 && i < t.length() && isDigit(t.charAt(i)) ? t.substring(i) : t;
    }

    private static NumberToken arabicOrDotted(String t) {
        int dottedEnd = dottedEnd(t);
        if (dottedEnd > 0) {
            int tokenEnd = dottedTokenEnd(t, dottedEnd);
            String token = t.substring(0, tokenEnd);
            Quantity q = token.endsWith(".") ? Quantity.NONE : quantity(t, tokenEnd);
            // a dotted number and a space: a section's number whatever word follows (3.1 年轻代 is
            // section 3.1, 8.6.2 MS section 8.6.2); only a sign makes it a quantity (99.5 %, 1.5 + 2)
            if (q == Quantity.MEASURED && !gluedToText(t, tokenEnd)) {
                q = Quantity.NONE;
            }
            if (q == Quantity.NONE) {
                return new NumberToken(NumberToken.Style.DOTTED, "dotted", numbers(t.substring(0, dottedEnd)), token, false);
            }
            // 892.32位 is item 892 about 32-bit; 99.50% is a quantity
            int dot = t.indexOf('.');
            return q == Quantity.MEASURED && dot == t.lastIndexOf('.', dottedEnd - 1) && dot == t.indexOf('.', 0)
                    ? new NumberToken(NumberToken.Style.ARABIC, "arabic", List.of(Integer.parseInt(t.substring(0, dot))),
                            t.substring(0, dot + 1), false)
                    : null;
        }
        int digits = digitRun(t, 0);
        if (digits <= 4 && t.startsWith("..", digits)) {
            NumberToken malformed = malformedDotted(t);
            if (malformed != null) {
                return malformed;
            }
        }
        int tokenEnd = arabicTokenEnd(t, digits);
        if (tokenEnd < 0 || tokenEnd == digits && quantity(t, tokenEnd) != Quantity.NONE) {
            return null;
        }
        return new NumberToken(NumberToken.Style.ARABIC, "arabic", List.of(Integer.parseInt(t.substring(0, digits))),
                t.substring(0, tokenEnd), false);
    }

    // The scanners below read what the regular expressions in their comments match, without a
    // Matcher: the parser runs on every heading and item of a bank, and a repeated group in a
    // regular expression allocates on every match.

    /**
     * {@code ^(\d{1,4}(?:\.\d{1,4})+)\.?(?![\d.])}: the end of group 1, or {@code -1}. Every way
     * of matching less than the longest run leaves a digit or a dot next, so the longest run is
     * the only candidate.
     */
    static int dottedEnd(String t) {
        int first = digitRun(t, 0);
        if (first < 1 || first > 4) {
            return -1;
        }
        int i = first;
        int groups = 0;
        while (i < t.length() && t.charAt(i) == '.') {
            int g = digitRun(t, i + 1);
            if (g == 0) {
                break;
            }
            if (g > 4) {
                return -1;
            }
            i += 1 + g;
            groups++;
        }
        if (groups == 0) {
            return -1;
        }
        int after = dottedTokenEnd(t, i);
        return after < t.length() && (isDigit(t.charAt(after)) || t.charAt(after) == '.') ? -1 : i;
    }

    /** Group 1 of the dotted expression and its optional closing dot. */
    static int dottedTokenEnd(String t, int dottedEnd) {
        return dottedEnd < t.length() && t.charAt(dottedEnd) == '.' ? dottedEnd + 1 : dottedEnd;
    }

    /**
     * {@code ^(\d{1,4})(?:[.、．)）]|(?=\s)|$)}: the end of the match for a text that starts with
     * {@code digits} digits, or {@code -1}.
     */
    static int arabicTokenEnd(String t, int digits) {
        if (digits < 1 || digits > 4) {
            return -1;
        }
        if (digits == t.length()) {
            return digits;
        }
        char c = t.charAt(digits);
        if (c == '.' || c == '、' || c == '．' || c == ')' || c == '）') {
            return digits + 1;
        }
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' ? digits : -1;
    }

    /** How many ASCII digits stand at {@code from}. */
    static int digitRun(String t, int from) {
        int i = from;
        while (i < t.length() && isDigit(t.charAt(i))) {
            i++;
        }
        return i - from;
    }

    /** Measure words that make a number a quantity: {@code 2018 年}, {@code 1 阶}, {@code 892.32位}. */
    private static final String MEASURE_WORDS = "年月日天周个道条种次位岁元人名倍页字行本台只张件项万亿千百阶层步分秒点号度块米斤克";

    /** Measure words that make a quantity even when more Han text follows: {@code 30 道单选题}. */
    private static final String STRONG_MEASURE_WORDS = "道年岁倍阶";

    /** Signs that make a number part of an expression or a measure: {@code 1 <= n}, {@code 99.50%}, {@code 1 + 1}. */
    private static final String QUANTITY_SIGNS = "%‰°<>=≤≥≠+*/×÷~^～";

    private static final Pattern UNIT = Pattern.compile(
            "(?i)(kb|mb|gb|tb|pb|ms|ns|µs|px|bytes?|bits?|percent|times)(?=[\\s,;:)）。，]|$)");

    /** Whether the character after a number is text glued to it rather than a space or the end. */
    private static boolean gluedToText(String t, int end) {
        return end < t.length() && t.charAt(end) != ' ' && t.charAt(end) != '\t';
    }

    /** What follows a number: nothing that makes it a quantity, a sign, or a measure word glued to it or alone. */
    private enum Quantity { NONE, SIGNED, MEASURED }

    /**
     * Whether a number without its own punctuation is a quantity rather than the number of a text:
     * a measure word, a unit or an operator follows it. After a space a measure word counts only
     * where it stands alone ({@code 1 阶 + 1 阶}), so {@code 1.20 分布式训练} stays numbered; a sign
     * counts only as an operator ({@code 1 <= n}, {@code 1 + 1}), so {@code 6.1.6 ++i} stays numbered.
     */
    private static Quantity quantity(String t, int end) {
        int i = end;
        while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
            i++;
        }
        if (i >= t.length()) {
            return Quantity.NONE;
        }
        char c = t.charAt(i);
        char next = i + 1 < t.length() ? t.charAt(i + 1) : ' ';
        if (c == '%' || c == '‰' || c == '°'
                || QUANTITY_SIGNS.indexOf(c) >= 0 && (Character.isWhitespace(next) || isDigit(next) || "=<>".indexOf(next) >= 0)) {
            return Quantity.SIGNED;
        }
        if (MEASURE_WORDS.indexOf(c) >= 0) {
            boolean glued = i == end;
            boolean alone = !isHan(next);
            return glued || alone || STRONG_MEASURE_WORDS.indexOf(c) >= 0 ? Quantity.MEASURED : Quantity.NONE;
        }
        return c < 128 && Character.isLetter(c) && UNIT.matcher(t).region(i, t.length()).lookingAt()
                ? Quantity.MEASURED : Quantity.NONE;
    }

    private static NumberToken malformedDotted(String t) {
        Matcher m = MALFORMED.matcher(t);
        return m.lookingAt() ? new NumberToken(NumberToken.Style.DOTTED, "dotted", numbers(m.group(1)), m.group(), true)
                : null;
    }

    private static NumberToken parenthesised(String t) {
        Matcher m = PARENTHESISED.matcher(t);
        if (m.lookingAt()) {
            boolean arabic = isDigit(m.group(1).charAt(0));
            int v = arabic ? Integer.parseInt(m.group(1)) : ChineseNumerals.parse(m.group(1));
            if (v >= 0) {
                return new NumberToken(NumberToken.Style.PARENTHESISED, arabic ? "paren:arabic" : "paren:chinese",
                        List.of(v), m.group(), false);
            }
        }
        return null;
    }

    /** Chinese numerals ({@code 二、}), ordinals ({@code 第三章}) and labels ({@code 问题一：}). */
    private static NumberToken han(String t, char first) {
        if (CN_DIGITS.indexOf(first) >= 0) {
            Matcher m = CHINESE.matcher(t);
            if (m.lookingAt()) {
                int v = ChineseNumerals.parse(m.group(1));
                if (v >= 0) {
                    return new NumberToken(NumberToken.Style.CHINESE, "chinese", List.of(v), m.group(), false);
                }
            }
        }
        if (first == '第') {
            Matcher m = ORDINAL.matcher(t);
            if (m.lookingAt()) {
                boolean arabic = isDigit(m.group(1).charAt(0));
                int v = arabic ? Integer.parseInt(m.group(1)) : ChineseNumerals.parse(m.group(1));
                if (v >= 0) {
                    return new NumberToken(NumberToken.Style.ORDINAL, "ordinal:" + m.group(2) + (arabic ? "#arabic" : ""),
                            List.of(v), m.group(), false);
                }
            }
        }
        if (colonAfterHan(t)) {
            Matcher m = LABELLED.matcher(t);
            if (m.lookingAt()) {
                int v = ChineseNumerals.parse(m.group(2));
                if (v >= 0) {
                    return new NumberToken(NumberToken.Style.LABELLED, "labelled:" + m.group(1), List.of(v), m.group(),
                            false);
                }
            }
        }
        return null;
    }

    /** The numbers of a dotted token; empty parts ({@code 1..2}, {@code .2}) are skipped. */
    private static List<Integer> numbers(String dotted) {
        List<Integer> parts = new ArrayList<>(4);
        int value = -1;
        for (int i = 0; i <= dotted.length(); i++) {
            char c = i < dotted.length() ? dotted.charAt(i) : '.';
            if (c == '.') {
                if (value >= 0) {
                    parts.add(value);
                }
                value = -1;
            } else {
                value = (value < 0 ? 0 : value * 10) + (c - '0');
            }
        }
        return List.copyOf(parts);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * A labelled token is all Han characters up to its colon, so only a text whose first non-Han
     * character is a colon can hold one: most questions are ruled out without a regular expression.
     */
    private static boolean colonAfterHan(String t) {
        int i = 1;
        while (i < t.length() && isHan(t.charAt(i))) {
            i++;
        }
        return i < t.length() && (t.charAt(i) == '：' || t.charAt(i) == ':');
    }

    private static final String CN_DIGITS = "零〇一二三四五六七八九十百两";

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /**
     * The token an ordered list item renders: its list number.
     * @param number the item's list number
     * @param delimiter {@code .} or {@code )}
     * @return the token
     */
    public static NumberToken ordered(int number, char delimiter) {
        return new NumberToken(NumberToken.Style.ORDERED_LIST, "ordered", List.of(number), number + String.valueOf(delimiter),
                false);
    }

    private static int circledValue(char c) {
        if (c >= '①' && c <= '⑳') {
            return c - '①' + 1;
        }
        if (c >= '㉑' && c <= '㉟') {
            return c - '㉑' + 21;
        }
        return -1;
    }
}
