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

    /** Splits a comma-separated list, trimming each part and dropping blanks; {@code null} is empty. */
    static List<String> split(String value) {
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        for (String part : value.split(",")) {
            String p = part.trim();
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }
}
