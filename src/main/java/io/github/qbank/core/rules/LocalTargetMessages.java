package io.github.qbank.core.rules;

import io.github.qbank.core.Message;
import io.github.qbank.core.local.LocalTargets.Problem;
import io.github.qbank.core.local.LocalTargets.Target;
import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.model.Reference;

/** Reports a local target that does not work, naming the cause, for the image and file rules. */
final class LocalTargetMessages {

    private LocalTargetMessages() {}

    /**
     * @param what {@code local-target.image} or {@code local-target.link-target}
     */
    static void report(BankContext context, BankFile file, Reference ref, Target target, Message what) {
        String p = target.path();
        switch (target.problem()) {
            case MISSING -> {
                String markdown = withMarkdownExtension(context, file, ref.url(), p);
                context.report(file, ref.line(), ref.column(), markdown == null
                        ? Message.of("local-target.missing", what, p)
                        : Message.of("local-target.missing-markdown-exists", what, p, markdown), markdown, p);
            }
            case CASE_MISMATCH -> context.report(file, ref.line(), ref.column(),
                    Message.of("local-target.case-mismatch", what, p, target.corrected()),
                    target.corrected(), p);
            case BACKSLASH -> context.report(file, ref.line(), ref.column(),
                    Message.of("local-target.backslash", what, p, target.corrected()),
                    target.corrected(), p);
            case ABSOLUTE_OS_PATH -> context.report(file, ref.line(), ref.column(),
                    Message.of("local-target.absolute-os-path", what, p, file.relativePath()),
                    null, p);
            case OUTSIDE_PROJECT -> context.report(file, ref.line(), ref.column(),
                    Message.of("local-target.outside-project", what, p),
                    null, p);
            case EMPTY, NONE -> { }
        }
    }

    /**
     * {@code [Docker](docker)} where {@code docker.md} exists, as site generators let authors write
     * it: the path with {@code .md}, when that resolves to a file of the repository; else {@code null}.
     */
    private static String withMarkdownExtension(BankContext context, BankFile file, String url, String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.isEmpty() || name.indexOf('.') >= 0) {
            return null;
        }
        int end = url.length();
        for (char c : new char[] {'?', '#'}) {
            int at = url.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String base = url.substring(0, end);
        if (base.endsWith("/")) {
            return null;
        }
        Target withExtension = context.localTargets().resolve(file.path(), base + ".md" + url.substring(end));
        return withExtension.problem() == Problem.NONE && !withExtension.directory() ? path + ".md" : null;
    }

    static boolean isProblem(Target target) {
        return target.problem() != Problem.NONE && target.problem() != Problem.EMPTY;
    }
}
