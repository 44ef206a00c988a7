package io.github.qbank.core;

import java.util.Locale;

/** The lowest severity that fails the build. */
public enum FailOn {
    /** Errors fail the build; warnings do not. */
    ERROR,
    /** Errors and warnings fail the build. */
    WARNING,
    /** Nothing fails the build; reports are written either way. */
    NEVER;

    /** {@return the lower-case name used in configuration ({@code error}, {@code warning}, {@code never})} */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code error}, {@code warning} or {@code never}, ignoring case and surrounding blanks.
     * @param value the configured level
     * @return the level
     * @throws IllegalArgumentException if the value names no level
     */
    public static FailOn parse(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        for (FailOn f : values()) {
            if (f.id().equals(v)) {
                return f;
            }
        }
        throw new IllegalArgumentException("'" + value + "' is not a failOn level; use error, warning or never");
    }

    /**
     * Whether a run with these counts fails the build.
     * @param errors the number of error findings
     * @param warnings the number of warning findings
     * @return {@code true} if the build fails
     */
    public boolean fails(int errors, int warnings) {
        return switch (this) {
            case ERROR -> errors > 0;
            case WARNING -> errors + warnings > 0;
            case NEVER -> false;
        };
    }
}
