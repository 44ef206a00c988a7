package io.github.qbank.core;

import java.util.Locale;

/** The lowest severity that fails the build. */
public enum FailOn {
    ERROR,
    WARNING,
    NEVER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FailOn parse(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        for (FailOn f : values()) {
            if (f.id().equals(v)) {
                return f;
            }
        }
        throw new IllegalArgumentException("'" + value + "' is not a failOn level; use error, warning or never");
    }

    /** Whether a run with these counts fails the build. */
    public boolean fails(int errors, int warnings) {
        return switch (this) {
            case ERROR -> errors > 0;
            case WARNING -> errors + warnings > 0;
            case NEVER -> false;
        };
    }
}
