package io.github.qbank.core.fix;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.qbank.core.Finding;

/** The console lines of {@code qbank:fix}: each finding fixed, each not fixed with why, then a count per rule. */
public final class FixReport {

    private FixReport() {}

    /**
     * The lines to print for a fix run, in the order above.
     * @param result the fixes made or, on a dry run, proposed
     * @param dryRun whether nothing was written
     * @param patch  the patch written, or {@code null}
     * @param baseDir the project directory: the patch is named relative to it
     * @return the lines, without line breaks
     */
    public static List<String> lines(FixResult result, boolean dryRun, Path patch, Path baseDir) {
        List<String> out = new ArrayList<>();
        String verb = dryRun ? "would fix" : "fixed";
        for (Finding f : result.fixed()) {
            out.add(place(f) + " " + verb + ": " + f.text());
        }
        for (NotFixed n : result.notFixed()) {
            out.add(place(n.finding()) + " not fixed: " + n.reason() + " (" + n.finding().text() + ")");
        }
        int files = result.changes().size();
        int fixed = result.fixed().size();
        String summary = "qbank: " + fixed + (fixed == 1 ? " finding " : " findings ") + (dryRun ? "would be fixed" : "fixed")
                + " in " + files + (files == 1 ? " file" : " files") + ", " + result.notFixed().size() + " not fixed";
        if (dryRun) {
            summary += "; nothing written" + (patch == null ? "" : ", the patch is " + baseDir.toAbsolutePath().normalize()
                    .relativize(patch.toAbsolutePath().normalize()).toString().replace('\\', '/'));
        }
        out.add(summary);
        for (Map.Entry<String, int[]> e : result.counts().entrySet()) {
            out.add("qbank: " + e.getKey() + ": " + e.getValue()[0] + " fixed, " + e.getValue()[1] + " not fixed");
        }
        return out;
    }

    private static String place(Finding f) {
        return f.file() + ":[" + f.line() + "," + f.column() + "] (" + f.rule() + ")";
    }
}
