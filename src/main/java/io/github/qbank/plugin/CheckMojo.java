package io.github.qbank.plugin;

import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import io.github.qbank.core.Message;
import io.github.qbank.core.QbankException;
import io.github.qbank.core.check.CheckResult;
import io.github.qbank.core.check.Qbank;
import io.github.qbank.core.check.QbankConfig;
import io.github.qbank.core.report.ConsoleReport;
import io.github.qbank.core.report.Reports;

/**
 * Checks the Markdown question bank of the project, prints the findings, writes the reports, and
 * fails the build when findings reach {@code failOn}. When the reports cannot be written, the
 * findings have been printed already and the build fails naming {@code outputDirectory}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class CheckMojo extends AbstractQbankMojo {

    /**
     * A git ref, e.g. {@code origin/main}: report and fail only on findings in files changed since
     * it, counting commits, staged, modified and untracked (not ignored) files. Rules still read the
     * whole bank; a duplicate is reported when either of its two places changed. No repository or
     * an unknown ref fails the build.
     */
    @Parameter(property = "qbank.ratchetFrom")
    protected String ratchetFrom;

    @Override
    public String ratchetFrom() {
        return ratchetFrom;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        QbankConfig config = configuration();
        MavenLogListener listener = new MavenLogListener(getLog(), config.locale());
        sayIfLinksAreSkipped(config, listener);
        List<String> modules = moduleFolders();
        if (!modules.isEmpty()) {
            listener.info(Message.of("console.modules-left", String.join(", ", modules)));
        }
        CheckResult result = core(() -> new Qbank().check(config, listener));
        // the findings first: a report that cannot be written must not take them with it
        for (ConsoleReport.Line line : ConsoleReport.findings(result, config, Reports.mainReport(config))) {
            switch (line.level()) {
                case ERROR -> listener.error(line.text());
                case WARN -> listener.warn(line.text());
                case INFO -> listener.info(line.text());
            }
        }
        List<Path> reports;
        try {
            reports = Reports.write(result, config);
        } catch (QbankException e) {
            listener.info(ConsoleReport.summary(result, null, config.baseDir(), config.locale()));
            throw ConfigurationMapper.error(e.setting(), e.getMessage());
        }
        if (config.githubAnnotations()) {
            listener.info(Message.of("console.annotations-written", config.baseDir().relativize(
                    config.outputDirectory().resolve(io.github.qbank.core.report.GitHubAnnotations.FILE_NAME)).toString()));
        }
        listener.info(Message.of("console.line", result.answers().explanation()));
        String fixed = ConsoleReport.fixed(result, config.locale());
        if (fixed != null) {
            listener.info(fixed);
        }
        String ratchet = ConsoleReport.ratchet(result, config.locale());
        if (ratchet != null) {
            listener.info(ratchet);
        }
        String summary = ConsoleReport.summary(result, Reports.mainReport(reports), config.baseDir(), config.locale());
        listener.info(summary);
        if (result.failed()) {
            throw new MojoFailureException(summary);
        }
    }
}
