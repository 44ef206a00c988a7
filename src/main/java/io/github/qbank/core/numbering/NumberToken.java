package io.github.qbank.core.numbering;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The number at the start of a heading or item as the reader sees it.
 *
 * @param style  how it is written
 * @param key    what it must share with others to be in one sequence: the style, plus the label
 *               of a labelled number ({@code 问题}) or the kind of an ordinal ({@code 第…章})
 * @param parts  the numbers: one, or several for a dotted number ({@code 2.1.3} → 2, 1, 3)
 * @param text   the token as written, e.g. {@code 3.1}, {@code 二十六、}, {@code 问题一：}
 * @param malformed whether it is a broken dotted number such as {@code .2.1}
 */
public record NumberToken(Style style, String key, List<Integer> parts, String text, boolean malformed) {

    /** How a number is written. */
    public enum Style {
        /** {@code 1}, {@code 1.}, {@code 1、}, {@code 1)}, {@code 1）}. */
        ARABIC,
        /** {@code 3.1}, {@code 2.1.1}, {@code 1.2.}, also glued: {@code 5.3LLaMA}. */
        DOTTED,
        /** {@code 一、} … {@code 九十九、}. */
        CHINESE,
        /** {@code 第三章}, {@code 第十重}. */
        ORDINAL,
        /** {@code 问题一：}, {@code 策略二：}. */
        LABELLED,
        /** {@code （一）}, {@code (2)}. */
        PARENTHESISED,
        /** {@code ①②③}. */
        CIRCLED,
        /** {@code Q1}, {@code Q1.}, {@code Question 1}. */
        QUESTION,
        /** The number an ordered list renders ({@code 1.} as Markdown list syntax). */
        ORDERED_LIST
    }

    /**
     * The last number: the position within its sequence.
     * @return the last number
     */
    public int value() {
        return parts.get(parts.size() - 1);
    }

    /**
     * The numbers before the last one ({@code 2.1} for {@code 2.1.3}); empty unless dotted.
     * @return the numbers before the last one
     */
    public List<Integer> prefix() {
        return parts.subList(0, parts.size() - 1);
    }

    /** {@return how many numbers the token holds: 3 for {@code 2.1.3}, 1 otherwise} */
    public int depth() {
        return parts.size();
    }

    /**
     * How this style writes a value at this place, for messages: {@code 3}, {@code 三}, {@code 2.1.3}.
     * @param prefix the numbers before the last one
     * @param value the last number
     * @return the number as this style writes it
     */
    public String display(List<Integer> prefix, int value) {
        return switch (style) {
            case DOTTED -> prefix.stream().map(String::valueOf).collect(Collectors.joining(".")) + "." + value;
            case CHINESE -> ChineseNumerals.format(value);
            case ORDINAL -> "第" + (key.endsWith("#arabic") ? Integer.toString(value) : ChineseNumerals.format(value))
                    + key.charAt(key.indexOf(':') + 1);
            case LABELLED -> key.substring(key.indexOf(':') + 1) + ChineseNumerals.format(value);
            case PARENTHESISED -> key.endsWith("chinese") ? "（" + ChineseNumerals.format(value) + "）" : "(" + value + ")";
            case CIRCLED -> value >= 1 && value <= 20 ? String.valueOf((char) ('①' + value - 1)) : Integer.toString(value);
            case QUESTION -> "Q" + value;
            case ARABIC, ORDERED_LIST -> Integer.toString(value);
        };
    }

    /**
     * What follows this token in the text it was parsed from: {@code 分析} of {@code 10. 分析}.
     * @param parsed the text {@link NumberTokenParser#parse} found this token in
     * @return the rest of the text, not stripped
     */
    public String after(String parsed) {
        return parsed.substring(parsed.indexOf(text) + text.length());
    }

    /**
     * This token's own number, for messages.
     * @return the number as written
     */
    public String display() {
        return malformed ? text.strip() : display(prefix(), value());
    }
}
