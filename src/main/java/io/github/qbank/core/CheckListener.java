package io.github.qbank.core;

/**
 * Where the core says what it is doing, as finished lines or as {@link Message}s that the listener
 * renders in its language. The Maven plugin forwards to its log; tests collect the
 * lines. The core never prints by itself.
 */
public interface CheckListener {

    /**
     * Receives a line for the user, such as a summary or a notice about the run.
     * @param message one line, without a trailing newline
     */
    void info(String message);

    /**
     * Receives a warning about the run itself (not a finding).
     * @param message one line, without a trailing newline
     */
    void warn(String message);

    /**
     * Receives a line for the user as a message, to render in the listener's language; English
     * unless the listener says otherwise.
     * @param message the line's message
     */
    default void info(Message message) {
        info(message.text());
    }

    /**
     * Receives a warning about the run itself as a message, to render in the listener's language;
     * English unless the listener says otherwise.
     * @param message the warning's message
     */
    default void warn(Message message) {
        warn(message.text());
    }

    /**
     * Receives a detail only worth showing when debugging; dropped by default.
     * @param message one line, without a trailing newline
     */
    default void debug(String message) {}

    /**
     * A listener that drops everything.
     * @return a listener that ignores every message
     */
    static CheckListener silent() {
        return new CheckListener() {
            @Override
            public void info(String message) {}

            @Override
            public void warn(String message) {}
        };
    }
}
