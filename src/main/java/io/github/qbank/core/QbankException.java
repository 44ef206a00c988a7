package io.github.qbank.core;

/**
 * A problem with the configuration or the file system that stops the check. The message names the
 * setting or the file to fix; {@link #setting()} is the configuration key, when there is one.
 */
public class QbankException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String setting;

    public QbankException(String setting, String message) {
        super(message);
        this.setting = setting;
    }

    public QbankException(String setting, String message, Throwable cause) {
        super(message, cause);
        this.setting = setting;
    }

    /** The configuration key the problem is about (e.g. {@code outputDirectory}), or {@code null}. */
    public String setting() {
        return setting;
    }
}
