package io.github.qbank.core;

import java.util.Locale;

/** How much a finding matters. {@link #OFF} is only a configuration value: no finding carries it. */
public enum Severity {
    /** A defect that fails the build by default. */
    ERROR,
    /** A likely defect, reported without failing the build by default. */
    WARNING,
    /** The rule is switched off. */
    OFF;

    /**
     * The lower-case name used in configuration and reports.
     * @return {@code error}, {@code warning} or {@code off}
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code error}, {@code warning} or {@code off}, ignoring case and surrounding blanks.
     * @param value the configured severity
     * @return the severity
     */
    public static Severity parse(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        for (Severity s : values()) {
            if (s.id().equals(v)) {
                return s;
            }
        }
        throw new IllegalArgumentException("'" + value + "' is not a severity; use error, warning or off");
    }
}
