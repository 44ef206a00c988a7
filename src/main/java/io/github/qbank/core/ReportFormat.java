package io.github.qbank.core;

import java.util.Locale;

/** The report files qbank can write into the output directory. */
public enum ReportFormat {
    HTML("index.html"),
    JSON("qbank-report.json"),
    SARIF("qbank.sarif"),
    CHECKSTYLE("qbank-checkstyle.xml");

    private final String fileName;

    ReportFormat(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

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
