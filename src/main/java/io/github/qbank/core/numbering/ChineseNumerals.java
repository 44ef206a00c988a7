package io.github.qbank.core.numbering;

/** Chinese numerals from 零 to 九百九十九, as banks number chapters and questions (一、 … 九十九、). */
public final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {}

    /**
     * The value of a numeral such as 二十六, or -1 when it is not a well-formed numeral.
     * @param s the numeral
     * @return its value, or -1
     */
    public static int parse(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        int total = 0;
        int digit = -1;
        int lastUnit = 1000;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                if (digit >= 0 && !(digit == 0)) {
                    return -1;
                }
                digit = d;
                continue;
            }
            int unit = c == '百' ? 100 : c == '十' ? 10 : -1;
            if (unit < 0 || unit >= lastUnit) {
                return -1;
            }
            total += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
            lastUnit = unit;
        }
        if (digit > 0) {
            total += digit;
        }
        return total == 0 && !s.equals("零") && !s.equals("〇") ? -1 : total;
    }

    private static int digit(char c) {
        if (c == '〇') {
            return 0;
        }
        if (c == '两') {
            return 2;
        }
        return DIGITS.indexOf(c);
    }

    /**
     * The numeral for a value from 0 to 999: 1 → 一, 10 → 十, 26 → 二十六, 105 → 一百零五.
     * @param value a value from 0 to 999
     * @return the numeral
     */
    public static String format(int value) {
        if (value < 0 || value > 999) {
            return Integer.toString(value);
        }
        if (value == 0) {
            return "零";
        }
        StringBuilder out = new StringBuilder();
        int hundreds = value / 100;
        int tens = value / 10 % 10;
        int ones = value % 10;
        if (hundreds > 0) {
            out.append(DIGITS.charAt(hundreds)).append('百');
            if (tens == 0 && ones > 0) {
                out.append('零');
            }
        }
        if (tens > 0) {
            if (tens > 1 || hundreds > 0) {
                out.append(DIGITS.charAt(tens));
            }
            out.append('十');
        }
        if (ones > 0) {
            out.append(DIGITS.charAt(ones));
        }
        return out.toString();
    }
}
