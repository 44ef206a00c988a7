package io.github.qbank.core;

/**
 * Where the core says what it is doing. The Maven plugin forwards to its log; tests collect the
 * lines. The core never prints by itself.
 */
public interface CheckListener {

    void info(String message);

    void warn(String message);

    default void debug(String message) {}

    /** A listener that drops everything. */
    static CheckListener silent() {
        return new CheckListener() {
            @Override
            public void info(String message) {}

            @Override
            public void warn(String message) {}
        };
    }
}
