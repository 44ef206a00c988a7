package io.github.qbank.core.links.guard;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Host globs as the link settings use them: the whole host, in any letter case. */
class HostPatternsTest {

    @Test
    void globsMatchHosts() {
        assertTrue(HostPatterns.matches("*.example.com", "api.example.com"));
        assertTrue(HostPatterns.matches("EXAMPLE.com", "example.com"));
        assertFalse(HostPatterns.matches("*.example.com", "example.org"));
    }
}
