package io.github.qbank.core.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.github.qbank.core.AtomicFiles;
import io.github.qbank.core.CheckListener;
import io.github.qbank.core.CheckResult;
import io.github.qbank.core.QbankConfig;
import io.github.qbank.core.QbankException;
import io.github.qbank.core.ReportFormat;

/** Writes the selected report files into the output directory, each atomically. */
public final class Reports {

    private static final Map<ReportFormat, ReportWriter> WRITERS = new EnumMap<>(Map.of(
            ReportFormat.JSON, new JsonReportWriter(),
            ReportFormat.CHECKSTYLE, new CheckstyleReportWriter()));

    private Reports() {}

    /**
     * @return the files written, in format order
     */
    public static List<Path> write(CheckResult result, QbankConfig config, CheckListener listener)
            throws QbankException {
        Path dir = config.outputDirectory();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new QbankException("outputDirectory", "cannot create the report directory " + dir + ": " + e, e);
        }
        List<Path> written = new ArrayList<>();
        List<String> unavailable = new ArrayList<>();
        for (ReportFormat format : config.formats()) {
            ReportWriter writer = WRITERS.get(format);
            if (writer == null) {
                unavailable.add(format.id());
                continue;
            }
            Path target = dir.resolve(format.fileName());
            try {
                AtomicFiles.write(target, out -> writer.write(result, out));
            } catch (IOException e) {
                throw new QbankException("outputDirectory", "cannot write the report " + target + ": " + e, e);
            }
            written.add(target);
        }
        if (!unavailable.isEmpty()) {
            listener.warn("qbank: " + String.join(" and ", unavailable) + " reports are not available in this version;"
                    + " formats written: " + (written.isEmpty() ? "none" : String.join(", ",
                            written.stream().map(p -> p.getFileName().toString()).toList())));
        }
        return written;
    }
}
