package io.github.qbank.core.links.http;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import io.github.qbank.core.Message;

/**
 * The end of a whole link check, so that a build always ends: once it has passed (or the check
 * is interrupted) nothing new starts, waits between retries end at once and whatever is running
 * is told to stop.
 */
final class Deadline {

    private final long at;
    private final int seconds;
    private final LongSupplier clock;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final List<Runnable> onStop = new CopyOnWriteArrayList<>();

    Deadline(LongSupplier clock, int seconds) {
        this.clock = clock;
        this.seconds = seconds;
        this.at = clock.getAsLong() + seconds * 1000L;
    }

    long remainingMillis() {
        return Math.max(0, at - clock.getAsLong());
    }

    /** Whether {@code millis} from now is still before the deadline. */
    boolean allows(long millis) {
        return clock.getAsLong() + millis < at;
    }

    boolean stopped() {
        return stopped.getCount() == 0;
    }

    /** Runs {@code action} when the check stops (at once if it already has). */
    void onStop(Runnable action) {
        onStop.add(action);
        if (stopped()) {
            action.run();
        }
    }

    void stop() {
        if (!stopped()) {
            stopped.countDown();
            onStop.forEach(Runnable::run);
        }
    }

    /** Waits {@code millis}, or less if the check stops or the thread is interrupted. */
    void pause(long millis) {
        try {
            stopped.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What a link that was not checked in time is told. */
    Message text() {
        return Message.of("link.deadline", seconds);
    }
}
