package io.github.qbank.core.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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

    private static final Map<ReportFormat, ReportWriter> WRITERS = new EnumMap<>(Map.of(
            ReportFormat.HTML, new HtmlReportWriter(),
            ReportFormat.JSON, new JsonReportWriter(),
            ReportFormat.SARIF, new SarifReportWriter(),
            ReportFormat.CHECKSTYLE, new CheckstyleReportWriter()));

    private Reports() {}

    /**
     * @return the files written, in format order
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
            ReportWriter writer = WRITERS.get(format);
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
            List<String> lines = GitHubAnnotations.commands(result.findings(), input.repositoryPrefix());
            try {
                AtomicFiles.write(target, out -> out.write(String.join("\n", lines).concat(lines.isEmpty() ? "" : "\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new QbankException("outputDirectory", "cannot write " + target + ": " + e, e);
            }
            written.add(target);
        }
        return written;
    }
}
