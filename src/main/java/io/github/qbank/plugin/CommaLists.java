package io.github.qbank.plugin;

import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated lists, as Maven user properties give them ({@code -Dqbank.formats=html,json}).
 * The defaults are the core's defaults written as such a list; a test keeps the two in step.
 */
final class CommaLists {

    static final String DEFAULT_INCLUDES = "**/*.md";
    static final String DEFAULT_EXCLUDES = "**/target/**,**/node_modules/**,**/.git/**";
    static final String DEFAULT_FORMATS = "html,json,sarif";

    private CommaLists() {}

    /**
     * Splits a comma-separated list, trimming each part and dropping blanks; {@code null} is empty.
     * A comma inside braces belongs to a glob's alternatives and does not split:
     * {@code **}{@code /*.{md,markdown}, docs/**} is two parts.
     */
    static List<String> split(String value) {
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= value.length(); i++) {
            char c = i < value.length() ? value.charAt(i) : ',';
            if (c == '{') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if (c == ',' && (depth == 0 || i == value.length())) {
                String p = value.substring(start, i).trim();
                if (!p.isEmpty()) {
                    out.add(p);
                }
                start = i + 1;
            }
        }
        return out;
    }

    /**
     * The parts of a list parameter that Maven may give in either form: {@code <includes><include>a</include>
     * <include>b</include></includes>}, or comma-separated ({@code <includes>a,b</includes>}, {@code -Dqbank.includes=a,b}),
     * which Maven splits at every comma, even inside a glob's braces. Joined and split again, both
     * come out as the author meant them.
     */
    static List<String> parts(List<String> values) {
        return values == null ? new ArrayList<>() : split(String.join(",", values));
    }
}
