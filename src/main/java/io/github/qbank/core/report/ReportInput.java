package io.github.qbank.core.report;

import io.github.qbank.core.check.CheckResult;
import io.github.qbank.core.check.QbankConfig;
import io.github.qbank.core.model.Bank;

/**
 * What a report is made of: the result and the configuration it was made with.
 *
 * @param result the check's result, with the rules it applied
 * @param config the configuration
 */
record ReportInput(CheckResult result, QbankConfig config) {

    /**
     * Where the project lies in its git work tree ({@code ""} at the root, {@code docs/} in a
     * sub-folder): code scanning wants paths from the repository root.
     */
    String repositoryPrefix() {
        String rel = Bank.relativePath(result.bank().repositoryRoot(), result.bank().baseDir());
        return rel.isEmpty() ? "" : rel + "/";
    }
}
