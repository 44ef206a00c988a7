package io.github.qbank.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.qbank.core.Finding;
import io.github.qbank.core.Message;
import io.github.qbank.core.Severity;
import io.github.qbank.core.baseline.TrackedFinding;

/**
 * GitHub Actions workflow commands, one per finding:
 * {@code ::error file=README.md,line=156,col=3,title=qbank numbering::expected 1, found 39}.
 *
 * <p>The runner only reads a command at the very start of a line, and Maven puts {@code [ERROR]}
 * before every line a plugin logs, so the commands go to {@code github-annotations.txt} in the
 * output directory, for a workflow step to print ({@code cat}); see the README.
 */
public final class GitHubAnnotations {

    /** The file the commands are written to, in the output directory. */
    public static final String FILE_NAME = "github-annotations.txt";

    private GitHubAnnotations() {}

    /**
     * One workflow command per finding, in report order, escaped so a bank cannot forge commands.
     * @param findings the findings
     * @param prefix the project's folder in the repository ({@code ""} or {@code "docs/"}), since
     *               GitHub wants paths from the repository root
     * @param locale the language of the messages
     * @return the commands, one per line
     */
    public static List<String> commands(List<Finding> findings, String prefix, Locale locale) {
        List<String> out = new ArrayList<>();
        for (Finding f : findings) {
            out.add("::" + (f.severity() == Severity.ERROR ? "error" : "warning")
                    + " file=" + property(prefix + f.file())
                    + ",line=" + f.line()
                    + ",col=" + f.column()
                    + ",title=" + property("qbank " + f.rule())
                    + "::" + data(f.text(locale)));
        }
        return out;
    }

    /**
     * The new findings first, as errors and warnings, then the known ones (in the baseline) as
     * notices, so a reader and a truncating runner see what this change broke first.
     * @param tracked the findings, new and known
     * @param prefix the project's folder in the repository
     * @param locale the language of the messages
     * @return the commands, one per line
     */
    public static List<String> newFirst(List<TrackedFinding> tracked, String prefix, Locale locale) {
        List<Finding> fresh = tracked.stream().filter(t -> !t.known()).map(TrackedFinding::finding).toList();
        List<String> out = new ArrayList<>(commands(fresh, prefix, locale));
        for (TrackedFinding t : tracked) {
            if (t.known()) {
                Finding f = t.finding();
                out.add("::notice file=" + property(prefix + f.file()) + ",line=" + f.line() + ",col=" + f.column()
                        + ",title=" + property(Message.of("annotations.known-title", f.rule()).text(locale))
                        + "::" + data(f.text(locale)));
            }
        }
        return out;
    }

    /** Escapes a command's message. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a command property's value. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
