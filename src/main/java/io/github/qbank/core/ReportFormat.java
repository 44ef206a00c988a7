package io.github.qbank.core;

import java.util.Locale;

/** The report files qbank can write into the output directory. */
public enum ReportFormat {
    /** The HTML report for people, {@code index.html}. */
    HTML("index.html"),
    /** The JSON report, {@code qbank-report.json}. */
    JSON("qbank-report.json"),
    /** SARIF 2.1.0 for code scanning, {@code qbank.sarif}. */
    SARIF("qbank.sarif"),
    /** Checkstyle XML for CI warning plugins, {@code qbank-checkstyle.xml}. */
    CHECKSTYLE("qbank-checkstyle.xml");

    private final String fileName;

    ReportFormat(String fileName) {
        this.fileName = fileName;
    }

    /** {@return the name of the file this format is written to} */
    public String fileName() {
        return fileName;
    }

    /** {@return the lower-case name used in configuration ({@code html}, {@code json}, ...)} */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a format name, ignoring case and surrounding blanks.
     * @param value the configured name
     * @return the format
     * @throws IllegalArgumentException if the value names no format
     */
    public static ReportFormat parse(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        for (ReportFormat f : values()) {
            if (f.id().equals(v)) {
                return f;
            }
        }
        throw new IllegalArgumentException("'" + value + "' is not a report format; use html, json, sarif or checkstyle");
    }
}
