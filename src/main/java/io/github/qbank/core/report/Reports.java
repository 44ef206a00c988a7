package io.github.qbank.core.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import io.github.qbank.core.AtomicFiles;
import io.github.qbank.core.QbankException;
import io.github.qbank.core.ReportFormat;
import io.github.qbank.core.check.CheckResult;
import io.github.qbank.core.check.QbankConfig;
import io.github.qbank.core.local.RepositoryBoundary;

/**
 * Writes the selected report files into the output directory, each atomically, after removing the
 * temporary files that interrupted runs left there ({@link AtomicFiles#removeStale}).
 */
public final class Reports {

    private Reports() {}

    /** A writer made when its format is selected: the others' libraries are never loaded. */
    private static ReportWriter writer(ReportFormat format) {
        return switch (format) {
            case HTML -> new HtmlReportWriter();
            case JSON -> new JsonReportWriter();
            case SARIF -> new SarifReportWriter();
            case CHECKSTYLE -> new CheckstyleReportWriter();
        };
    }

    /**
     * Writes the report files the configuration selects.
     * @param result the check's result
     * @param config the output directory and formats
     * @return the files written, in format order
     * @throws QbankException naming {@code outputDirectory} when a file cannot be written
     */
    public static List<Path> write(CheckResult result, QbankConfig config)
            throws QbankException {
        Path dir = config.outputDirectory();
        RepositoryBoundary repository = new RepositoryBoundary(result.bank().repositoryRoot());
        if (repository.leavesThroughLink(dir)) {
            throw new QbankException("outputDirectory", "the report directory " + repository.relative(dir)
                    + " is in the repository, but a symbolic link on its way leads out of it; qbank does not write"
                    + " there (an outputDirectory outside the repository is used as given)");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new QbankException("outputDirectory", "cannot create the report directory " + dir + ": " + e, e);
        }
        try {
            AtomicFiles.removeStale(dir, result.startedAt());
        } catch (IOException e) {
            throw new QbankException("outputDirectory", "cannot clean the report directory " + dir + ": " + e, e);
        }
        List<Path> written = new ArrayList<>();
        ReportInput input = new ReportInput(result, config);
        for (ReportFormat format : config.formats()) {
            ReportWriter writer = writer(format);
            Path target = dir.resolve(format.fileName());
            try {
                AtomicFiles.write(target, out -> writer.write(input, out));
            } catch (IOException e) {
                throw new QbankException("outputDirectory", "cannot write the report " + target + ": " + e, e);
            }
            written.add(target);
        }
        if (config.githubAnnotations()) {
            Path target = dir.resolve(GitHubAnnotations.FILE_NAME);
            List<String> lines = GitHubAnnotations.newFirst(result.tracked(), input.repositoryPrefix(), config.locale());
            try {
                AtomicFiles.write(target, out -> out.write(String.join("\n", lines).concat(lines.isEmpty() ? "" : "\n")
                        .getBytes(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new QbankException("outputDirectory", "cannot write " + target + ": " + e, e);
            }
            written.add(target);
        }
        if (config.stepSummary() != null) {
            appendStepSummary(result, config, written);
        }
        return written;
    }

    /**
     * The report a person should open: the HTML one when among the files, else the first.
     * @param reports report files, in the order {@link #write} returns them
     * @return the main report, or {@code null} when there is none
     */
    public static Path mainReport(List<Path> reports) {
        return reports.stream().filter(p -> p.getFileName().toString().endsWith(".html")).findFirst()
                .orElse(reports.isEmpty() ? null : reports.get(0));
    }

    /**
     * The report a person should open, before the reports are written: the {@link #mainReport(List)}
     * of the files the configuration selects.
     * @param config the output directory and formats
     * @return where the main report is written, or {@code null} when no format is selected
     */
    public static Path mainReport(QbankConfig config) {
        return mainReport(config.formats().stream().map(f -> config.outputDirectory().resolve(f.fileName())).toList());
    }

    /** Appends the Markdown summary to {@link QbankConfig#stepSummary()}, as GitHub Actions expects. */
    private static void appendStepSummary(CheckResult result, QbankConfig config, List<Path> written)
            throws QbankException {
        Path main = mainReport(written);
        String report = main == null ? null : ConsoleReport.display(main, config.baseDir());
        try {
            Files.writeString(config.stepSummary(), StepSummary.markdown(result, report, config.locale()),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new QbankException(null, "cannot append the summary to " + config.stepSummary()
                    + " (GITHUB_STEP_SUMMARY): " + e, e);
        }
    }
}
