package io.github.qbank.plugin;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

import io.github.qbank.core.Message;
import io.github.qbank.core.baseline.Baseline;
import io.github.qbank.core.check.CheckResult;
import io.github.qbank.core.check.Qbank;
import io.github.qbank.core.check.QbankConfig;
import io.github.qbank.core.report.ConsoleReport;

/**
 * Writes the bank's current findings to the baseline file ({@code qbank.baseline}), to be
 * committed: {@code qbank:check} then fails only on findings that are not in it. Not bound to a
 * phase: run {@code mvn qbank:baseline} when adopting qbank, and again to prune fixed findings.
 */
@Mojo(name = "baseline", threadSafe = true, requiresProject = false)
public class BaselineMojo extends AbstractQbankMojo {

    @Override
    public void execute() throws MojoExecutionException {
        if (skipped()) {
            return;
        }
        QbankConfig config = configuration();
        MavenLogListener listener = new MavenLogListener(getLog(), config.locale());
        sayIfLinksAreSkipped(config, listener);
        // The old baseline is not read: it is being replaced, even when it is corrupt.
        CheckResult result = core(() -> new Qbank().check(config, listener, Baseline.empty()));
        coreAction(() -> Baseline.write(config.baseline(), result.tracked()));
        listener.info(ConsoleReport.baselineWritten(result, config.baseline(), config.baseDir(), config.locale()));
        Qbank.targetNotIgnored(config, listener).ifPresent(reminder -> listener.info(Message.of("console.line", reminder)));
    }
}
