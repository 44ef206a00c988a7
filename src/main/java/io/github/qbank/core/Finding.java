package io.github.qbank.core;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * One defect found in the bank. Its texts are made one line here ({@link OneLine}), whatever the
 * bank holds, so that every report and log line that shows them is safe: the file and values when
 * the finding is made, the message each time it is rendered ({@link #text()}).
 *
 * @param rule     the rule id, e.g. {@code missing-image}
 * @param severity {@link Severity#ERROR} or {@link Severity#WARNING}
 * @param file     path relative to the project base directory, with {@code /} separators (control
 *                 characters shown as {@link OneLine} writes them)
 * @param line     1-based line
 * @param column   1-based column, counted in code points
 * @param message  what is wrong and what would be right, as a key and its arguments
 * @param expected the value that would be right, or {@code null}
 * @param actual   the value found, or {@code null}
 */
public record Finding(
        String rule,
        Severity severity,
        String file,
        int line,
        int column,
        Message message,
        String expected,
        String actual) {

    /** The report order: file, line, column, rule. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::rule)
            .thenComparing(f -> f.text());

    /**
     * Checks that rule, severity, file and message are given and makes the texts one line.
     * @param rule the rule id
     * @param severity error or warning
     * @param file the path relative to the project base directory
     * @param line 1-based line
     * @param column 1-based column
     * @param message what is wrong and what would be right, as a key and its arguments
     * @param expected the value that would be right, or {@code null}
     * @param actual the value found, or {@code null}
     */
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (severity == Severity.OFF) {
            throw new IllegalArgumentException("a finding cannot be off");
        }
        file = OneLine.of(file);
        expected = OneLine.of(expected);
        actual = OneLine.of(actual);
    }

    /**
     * The message in English, on one line.
     * @return what is wrong and what would be right
     */
    public String text() {
        return OneLine.of(message.text());
    }

    /**
     * The message in a locale, on one line; English where the locale has no translation.
     * @param locale the locale
     * @return what is wrong and what would be right
     */
    public String text(Locale locale) {
        return OneLine.of(message.text(locale));
    }
}
