package io.github.qbank.core.links;

import java.util.Locale;

/** The outcome of checking one external URL. */
public enum Verdict {
    /** The URL answered with 2xx or an accepted status. */
    ALIVE,
    /** The link is broken: the server says the page is not there, or the address cannot be valid. */
    DEAD,
    /** The URL could not be judged: a timeout, the network, a server refusing robots. */
    UNVERIFIABLE,
    /** The URL was not requested: links are skipped, the URL is excluded or its target refused. */
    SKIPPED;

    /** {@return the lower-case name used in reports} */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
