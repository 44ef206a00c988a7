package io.github.qbank.core.links.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The pace of a host, on the test's clock: every wait moves it on. */
class HostPacerTest {

    private final AtomicLong now = new AtomicLong();
    private final Deadline deadline = new Deadline(now::get, 300);
    private final HostPacer pacer = new HostPacer(now::get, now::addAndGet, deadline, 30_000);

    @Test
    void aHostThatNeverRefusesIsNotPaced() {
        for (int i = 0; i < 100; i++) {
            assertEquals(0, pacer.turn("a"));
            pacer.answered("a", 0, 200, -1);
        }
        assertEquals(List.of(), pacer.slowed());
    }

    @Test
    void aBurstOfRefusalsCutsThePaceOnceAndItsRetryAfterHoldsForTheHost() {
        for (int i = 0; i < 10; i++) {
            pacer.turn("a");
        }
        // the ten were in flight together: each refusal of the burst counts, but cuts the pace once
        for (int i = 0; i < 10; i++) {
            pacer.answered("a", 0, 429, 2000);
        }
        assertEquals(List.of(new HostPacer.Slowed("a", 10, 7.0)), pacer.slowed());
        assertEquals(2000, pacer.turn("a"), "nothing before Retry-After");
        assertEquals(2143, pacer.turn("a"), "then one request every 1000 / 7 ms");
        assertEquals(0 + 2143, now.get());
        assertEquals(now.get(), pacer.turn("b"), "other hosts are not held up");
    }

    @Test
    void answersBringThePaceBackNearTheRateThatWasRefusedThenLetItCreepUp() {
        for (int i = 0; i < 21; i++) {
            pacer.turn("a");
        }
        pacer.answered("a", 0, 429, -1); // refused at 21 requests a second: paced at 14.7
        List<Long> spacing = new ArrayList<>();
        long last = pacer.turn("a");
        for (int i = 0; i < 40; i++) {
            pacer.answered("a", last, 200, -1);
            long sent = pacer.turn("a");
            spacing.add(sent - last);
            last = sent;
        }
        // from 1000 / 14.7 ms quickly towards 1000 / 18.9 (0.9 of the rate refused), then slowly below it
        assertEquals(69, spacing.get(0));
        assertEquals(55, spacing.get(19));
        assertEquals(53, spacing.get(39));
        for (int i = 1; i < spacing.size(); i++) {
            assertTrue(spacing.get(i) <= spacing.get(i - 1), spacing.toString());
        }
    }

    @Test
    void noTurnIsGivenPastTheDeadline() {
        HostPacer late = new HostPacer(now::get, now::addAndGet, new Deadline(now::get, 5), 30_000);
        late.turn("a");
        late.answered("a", 0, 429, 10_000);
        assertEquals(-1, late.turn("a"));
        assertEquals(0, now.get(), "and no time is spent waiting for it");
    }
}
