package io.github.qbank.core.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.github.qbank.core.Finding;
import io.github.qbank.core.Message;
import io.github.qbank.core.Severity;

/** Which findings the ratchet keeps, and how conservatively a duplicate's other place is read. */
class RatchetsTest {

    private static Finding finding(String rule, String file, Message message) {
        return new Finding(rule, Severity.ERROR, file, 3, 1, message, null, null);
    }

    @Test
    void aFindingInAChangedFileIsKept() {
        Message x = Message.of("missing-image.no-source");
        assertTrue(Ratchets.keeps(finding("missing-image", "a.md", x), Set.of("a.md")));
        assertFalse(Ratchets.keeps(finding("missing-image", "b.md", x), Set.of("a.md")));
    }

    @Test
    void onlyDuplicateRulesAreKeptForTheOtherPlace() {
        // section "A" repeats "A" at a.md:5 under the same parent
        Message message = Message.of("duplicate-section.repeats-top-level", "A", "A", "a.md:5");
        assertTrue(Ratchets.keeps(finding("duplicate-section", "b.md", message), Set.of("a.md")));
        assertFalse(Ratchets.keeps(finding("broken-anchor", "b.md", message), Set.of("a.md")));
    }

    @Test
    void theOtherPlaceIsAWholePathFollowedByALine() {
        assertTrue(Ratchets.names("repeats \"A\" at docs/a.md:5", "docs/a.md"));
        assertFalse(Ratchets.names("repeats \"A\" at docs/a.md:5", "a.md"), "the end of a longer path");
        assertFalse(Ratchets.names("repeats \"A\" at a.md: see", "a.md"), "no line number");
        assertFalse(Ratchets.names("repeats \"A\" at xa.md:5", "a.md"));
        assertTrue(Ratchets.names("\"x\" at b.md:2, \"y\" at a.md:7", "a.md"));
    }
}
