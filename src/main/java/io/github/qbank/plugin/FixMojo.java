package io.github.qbank.plugin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import io.github.qbank.core.AtomicFiles;
import io.github.qbank.core.check.QbankConfig;
import io.github.qbank.core.fix.FixReport;
import io.github.qbank.core.fix.FixResult;
import io.github.qbank.core.fix.Fixer;
import io.github.qbank.core.fix.UnifiedDiff;

/**
 * Fixes the findings whose right text is certain, and only those: numbering, heading levels, list
 * structure, and link targets that differ from an existing file in letter case or separators. The
 * only goal that writes into the bank; not bound to a phase: run {@code mvn qbank:fix}. A fix
 * that would give a new finding of any rule is not made.
 */
@Mojo(name = "fix", threadSafe = true, requiresProject = false)
public class FixMojo extends AbstractQbankMojo {

    /** The name of the patch a dry run writes into {@code outputDirectory}. */
    static final String PATCH = "fix.patch";

    /**
     * Writes nothing into the bank: prints the changes as a unified diff and writes them to
     * {@code fix.patch} in {@code outputDirectory}, for {@code git apply}.
     */
    @Parameter(property = "qbank.fix.dryRun", defaultValue = "false")
    protected boolean dryRun;

    /**
     * Comma-separated ids of the rules to fix; all that have fixes when empty: {@code numbering},
     * {@code heading-level}, {@code list-structure}, {@code missing-image}, {@code missing-local-file}.
     * {@code dead-link} only when named, with {@code qbank.links.archive=true}: a dead answer link is
     * rewritten to the web archive's closest snapshot.
     */
    @Parameter(property = "qbank.fix.rules")
    protected String fixRules;

    @Override
    public void execute() throws MojoExecutionException {
        if (skipped()) {
            return;
        }
        QbankConfig config = configuration();
        MavenLogListener listener = new MavenLogListener(getLog(), config.locale());
        FixResult result = core(() -> new Fixer().fix(config, Fixer.rules(CommaLists.split(fixRules)), listener));
        Path patch = null;
        if (dryRun) {
            String diff = UnifiedDiff.of(result);
            // the diff through the log line by line: its lines are made safe as every log line is
            diff.lines().forEach(listener::info);
            patch = config.outputDirectory().resolve(PATCH);
            try {
                AtomicFiles.write(patch, out -> out.write(diff.getBytes(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw ConfigurationMapper.error("outputDirectory", "cannot write " + patch + ": " + e.getMessage());
            }
        } else {
            coreAction(() -> Fixer.write(result));
        }
        for (String line : FixReport.lines(result, dryRun, patch, config.baseDir())) {
            listener.info(line);
        }
    }
}
