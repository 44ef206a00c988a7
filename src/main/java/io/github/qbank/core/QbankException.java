package io.github.qbank.core;

/**
 * A problem with the configuration or the file system that stops the check. The message names the
 * setting or the file to fix; {@link #setting()} is the configuration key, when there is one.
 */
public class QbankException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The configuration key the problem is about, or {@code null}. */
    private final String setting;

    /**
     * A problem with the configuration or the bank that stops the check.
     * @param setting the configuration key to fix (e.g. {@code includes}), or {@code null}
     * @param message what is wrong and how to fix it
     */
    public QbankException(String setting, String message) {
        super(message);
        this.setting = setting;
    }

    /**
     * A problem caused by another exception.
     * @param setting the configuration key to fix, or {@code null}
     * @param message what is wrong and how to fix it
     * @param cause the exception that caused it
     */
    public QbankException(String setting, String message, Throwable cause) {
        super(message, cause);
        this.setting = setting;
    }

    /**
     * The configuration key the problem is about (e.g. {@code outputDirectory}), or {@code null}.
     * @return the key, or {@code null} when the problem is not about one setting
     */
    public String setting() {
        return setting;
    }
}
