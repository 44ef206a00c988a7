package io.github.qbank.core.rules;

import io.github.qbank.core.Message;
import io.github.qbank.core.Severity;
import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.numbering.NumberingModel;

/**
 * A numbered heading written at a level its number contradicts: {@code #### 5.2} between
 * {@code ### 5.1} and {@code ### 5.3}. Reported once; numbering then treats the heading as being
 * where its number says, so no cascade follows.
 */
public final class HeadingLevelRule extends FileRule {

    /** The rule, with its default severity and description. */
    public HeadingLevelRule() {
        super("heading-level", Severity.ERROR, Message.of("rule.heading-level"));
    }

    @Override
    public void check(BankFile file, FileContext context) {
        for (NumberingModel.LevelDefect d : context.numbering().levelDefects()) {
            int level = d.heading().node().level();
            String expected = "#".repeat(d.expectedLevel());
            String actual = "#".repeat(level);
            context.report(d.heading().line(), d.heading().column(), Message.of("heading-level.contradicts",
                    d.heading().token().display(), level, actual, d.reason(), expected), expected, actual);
        }
    }
}
