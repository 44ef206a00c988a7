package io.github.qbank.core.report;

import java.nio.file.Files;
import java.nio.file.Path;

import io.github.qbank.core.CheckResult;
import io.github.qbank.core.QbankConfig;
import io.github.qbank.core.Severity;
import io.github.qbank.core.rules.Rule;
import io.github.qbank.core.rules.RuleRegistry;

/**
 * What a report is made of: the result, the configuration it was made with and the rules.
 *
 * @param result the check's result
 * @param config the configuration
 * @param rules  the rules that ran
 */
record ReportInput(CheckResult result, QbankConfig config, RuleRegistry rules) {

    /** The severity a rule ran with. */
    Severity severity(Rule rule) {
        return config.severity(rule);
    }

    /** Whether the build fails with these findings. */
    boolean failed() {
        return config.failOn().fails((int) result.errors(), (int) result.warnings());
    }

    /**
     * Where the project lies in its git work tree ({@code ""} at the root, {@code docs/} in a
     * sub-folder): code scanning wants paths from the repository root.
     */
    String repositoryPrefix() {
        Path base = config.baseDir();
        for (Path p = base; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                String rel = p.relativize(base).toString().replace('\\', '/');
                return rel.isEmpty() ? "" : rel + "/";
            }
        }
        return "";
    }
}
