package io.github.qbank.core.rules;

import io.github.qbank.core.local.LocalTargets.Problem;
import io.github.qbank.core.local.LocalTargets.Target;
import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.model.Reference;

/** Reports a local target that does not work, naming the cause, for the image and file rules. */
final class LocalTargetMessages {

    private LocalTargetMessages() {}

    /**
     * @param what "image" or "link target"
     */
    static void report(RuleContext context, BankFile file, Reference ref, Target target, String what) {
        String p = target.path();
        switch (target.problem()) {
            case MISSING -> context.report(file, ref.line(), ref.column(),
                    what + " " + p + " does not exist", null, p);
            case CASE_MISMATCH -> context.report(file, ref.line(), ref.column(),
                    what + " " + p + " differs in letter case from " + target.corrected()
                            + " on disk; it breaks on case-sensitive file systems such as GitHub's; write "
                            + target.corrected(),
                    target.corrected(), p);
            case BACKSLASH -> context.report(file, ref.line(), ref.column(),
                    what + " " + p + " uses backslash separators, which only work on Windows; write "
                            + target.corrected(),
                    target.corrected(), p);
            case ABSOLUTE_OS_PATH -> context.report(file, ref.line(), ref.column(),
                    what + " " + p + " is an absolute path on the author's machine; use a path relative to "
                            + file.relativePath(),
                    null, p);
            case OUTSIDE_PROJECT -> context.report(file, ref.line(), ref.column(),
                    what + " " + p + " points outside the repository, where readers of the bank cannot follow it",
                    null, p);
            case EMPTY, NONE -> { }
        }
    }

    static boolean isProblem(Target target) {
        return target.problem() != Problem.NONE && target.problem() != Problem.EMPTY;
    }
}
