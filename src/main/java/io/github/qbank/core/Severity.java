package io.github.qbank.core;

import java.util.Locale;

/** How much a finding matters. {@link #OFF} is only a configuration value: no finding carries it. */
public enum Severity {
    ERROR,
    WARNING,
    OFF;

    /** The lower-case name used in configuration and reports. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code error}, {@code warning} or {@code off}, ignoring case and surrounding blanks. */
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
