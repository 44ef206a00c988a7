package io.github.qbank.core.links;

import java.util.Locale;

/** The outcome of checking one external URL. */
public enum Verdict {
    ALIVE,
    DEAD,
    UNVERIFIABLE,
    SKIPPED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
