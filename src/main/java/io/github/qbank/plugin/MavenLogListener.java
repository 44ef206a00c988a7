package io.github.qbank.plugin;

import java.util.Locale;

import org.apache.maven.plugin.logging.Log;

import io.github.qbank.core.CheckListener;
import io.github.qbank.core.Message;
import io.github.qbank.core.OneLine;

/**
 * Forwards what the core says to the Maven log, and is the plugin's only way to the log: every
 * message is made one line first ({@link OneLine}), so that nothing from the bank can start a
 * line that a CI runner reads as a command.
 */
final class MavenLogListener implements CheckListener {

    private final Log log;
    private final Locale locale;

    /** A listener that renders messages in English. */
    MavenLogListener(Log log) {
        this(log, Locale.ENGLISH);
    }

    /** A listener that renders messages in the language of {@code qbank.locale}. */
    MavenLogListener(Log log, Locale locale) {
        this.log = log;
        this.locale = locale;
    }

    /** {@return the language messages are rendered in} */
    Locale locale() {
        return locale;
    }

    @Override
    public void info(String message) {
        log.info(OneLine.of(message));
    }

    @Override
    public void warn(String message) {
        log.warn(OneLine.of(message));
    }

    @Override
    public void info(Message message) {
        info(message.text(locale));
    }

    @Override
    public void warn(Message message) {
        warn(message.text(locale));
    }

    @Override
    public void debug(String message) {
        log.debug(OneLine.of(message));
    }

    public void error(String message) {
        log.error(OneLine.of(message));
    }
}
