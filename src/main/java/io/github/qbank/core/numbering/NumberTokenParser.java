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
    private static final Pattern DOTTED = Pattern.compile("^(\\d{1,4}(?:\\.\\d{1,4})+)\\.?(?![\\d.])");
    private static final Pattern MALFORMED = Pattern.compile("^(\\.\\d{1,4}(?:\\.\\d{1,4})*|\\d{1,4}\\.\\.+\\d{1,4}(?:\\.\\d{1,4})*)(?=\\s|$|\\p{IsHan})");
    private static final Pattern ARABIC = Pattern.compile("^(\\d{1,4})(?:[.、．)）]|(?=\\s)|$)");
    private static final Pattern CHINESE = Pattern.compile("^(" + CN + ")[、.．]");
    private static final Pattern ORDINAL = Pattern.compile("^第(" + CN + "|\\d{1,4})([章节篇部重讲课回题])");
    private static final Pattern LABELLED = Pattern.compile("^(\\p{IsHan}{1,8}?)(" + CN + ")[：:]");
    private static final Pattern PARENTHESISED = Pattern.compile("^[（(](" + CN + "|\\d{1,4})[）)]");
    private static final Pattern QUESTION = Pattern.compile("^(?:Q|Question\\s*)(\\d{1,4})(?![\\d\\p{L}])[.:：)]?");

    private NumberTokenParser() {}

    /** The token at the start of the text, or {@code null} when the text is not numbered. */
    public static NumberToken parse(String visibleText) {
        String t = visibleText.stripLeading();
        if (t.isEmpty() || !mayStartToken(t.charAt(0))) {
            return null;
        }
        Matcher m = DOTTED.matcher(t);
        if (m.lookingAt()) {
            List<Integer> parts = new ArrayList<>();
            for (String p : m.group(1).split("\\.")) {
                parts.add(Integer.parseInt(p));
            }
            return new NumberToken(NumberToken.Style.DOTTED, "dotted", List.copyOf(parts), m.group(), false);
        }
        m = MALFORMED.matcher(t);
        if (m.lookingAt()) {
            List<Integer> parts = new ArrayList<>();
            for (String p : m.group(1).split("\\.+")) {
                if (!p.isEmpty()) {
                    parts.add(Integer.parseInt(p));
                }
            }
            return new NumberToken(NumberToken.Style.DOTTED, "dotted", List.copyOf(parts), m.group(), true);
        }
        m = ARABIC.matcher(t);
        if (m.lookingAt()) {
            return new NumberToken(NumberToken.Style.ARABIC, "arabic", List.of(Integer.parseInt(m.group(1))), m.group(),
                    false);
        }
        m = CHINESE.matcher(t);
        if (m.lookingAt()) {
            int v = ChineseNumerals.parse(m.group(1));
            if (v >= 0) {
                return new NumberToken(NumberToken.Style.CHINESE, "chinese", List.of(v), m.group(), false);
            }
        }
        m = ORDINAL.matcher(t);
        if (m.lookingAt()) {
            boolean arabic = Character.isDigit(m.group(1).charAt(0));
            int v = arabic ? Integer.parseInt(m.group(1)) : ChineseNumerals.parse(m.group(1));
            if (v >= 0) {
                return new NumberToken(NumberToken.Style.ORDINAL, "ordinal:" + m.group(2) + (arabic ? "#arabic" : ""),
                        List.of(v), m.group(), false);
            }
        }
        m = LABELLED.matcher(t);
        if (m.lookingAt()) {
            int v = ChineseNumerals.parse(m.group(2));
            if (v >= 0) {
                return new NumberToken(NumberToken.Style.LABELLED, "labelled:" + m.group(1), List.of(v), m.group(),
                        false);
            }
        }
        m = PARENTHESISED.matcher(t);
        if (m.lookingAt()) {
            boolean arabic = Character.isDigit(m.group(1).charAt(0));
            int v = arabic ? Integer.parseInt(m.group(1)) : ChineseNumerals.parse(m.group(1));
            if (v >= 0) {
                return new NumberToken(NumberToken.Style.PARENTHESISED, arabic ? "paren:arabic" : "paren:chinese",
                        List.of(v), m.group(), false);
            }
        }
        char first = t.charAt(0);
        int circled = circledValue(first);
        if (circled > 0) {
            return new NumberToken(NumberToken.Style.CIRCLED, "circled", List.of(circled), String.valueOf(first), false);
        }
        m = QUESTION.matcher(t);
        if (m.lookingAt()) {
            return new NumberToken(NumberToken.Style.QUESTION, "question", List.of(Integer.parseInt(m.group(1))),
                    m.group(), false);
        }
        return null;
    }

    /** Whether a token can start with this character: most question texts are rejected here, cheaply. */
    private static boolean mayStartToken(char c) {
        return (c >= '0' && c <= '9') || c == '.' || c == '(' || c == '（' || c == 'Q' || circledValue(c) > 0
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** The token an ordered list item renders: its list number. */
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
