package io.github.qbank.core.links.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void answersSpeedThePaceUpAgainByAboutOneRequestASecondEachSecond() {
        pacer.turn("a");
        pacer.answered("a", 0, 503, -1); // one request in the last second: 0.7 per second
        long sent = 0;
        for (int i = 0; i < 20; i++) {
            sent = pacer.turn("a");
            pacer.answered("a", sent, 200, -1);
        }
        // 0.7, then 0.7 + 1/0.7 = 2.13, ...: twenty answers over 7.2 s bring it to 6.4 per second when the
        // twentieth was sent (the next one 1000 / 6.4 ms later), and to 6.6 once it is answered
        assertEquals(7_195, sent);
        assertEquals(155, pacer.turn("a") - sent);
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
