package io.github.qbank.plugin;

import org.apache.maven.plugin.logging.Log;

import io.github.qbank.core.CheckListener;

/** Forwards what the core says to the Maven log. */
final class MavenLogListener implements CheckListener {

    private final Log log;

    MavenLogListener(Log log) {
        this.log = log;
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }

    @Override
    public void debug(String message) {
        log.debug(message);
    }
}
