package io.github.qbank.core.rules;

import io.github.qbank.core.Message;
import io.github.qbank.core.Severity;
import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.sections.AnswerConvention;

/**
 * A rule that judges one file alone: what it finds on a file depends only on that file and on what
 * {@link #findingsDependOn} names. It runs while the file is read, with the file's whole outline
 * at hand, and sees that file only ({@link FileContext}). The engine keeps its findings with the
 * file in the model cache, and reports them again without running the rule while the file's bytes
 * and that value stay the same. A rule that needs other files, the file system or link results
 * is a {@link BankRule}.
 */
public abstract class FileRule extends Rule {

    /**
     * A rule that judges one file alone.
     * @param id the rule id
     * @param defaultSeverity its severity unless configured
     * @param description one sentence: what the rule finds, as a message
     */
    protected FileRule(String id, Severity defaultSeverity, Message description) {
        super(id, defaultSeverity, description);
    }

    /**
     * Judges one file; called for every readable file, on any thread.
     * @param file the file to judge, with its whole outline
     * @param context what the rule may know besides the file, and where findings go
     */
    public abstract void check(BankFile file, FileContext context);

    /**
     * What, besides the file, decides this rule's findings on it. The bank's answer convention is
     * known only once every file is read, so a rule that names it differently for the two
     * conventions is run under both while the file is read, and the findings of the bank's
     * convention are reported. The default, {@code ""}, is "the file alone".
     * @param answers the answer convention the file is judged under
     * @return what else the findings depend on; equal values mean equal findings on equal files
     */
    public String findingsDependOn(AnswerConvention answers) {
        return "";
    }
}
