package io.github.qbank.core.fix;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.qbank.core.Finding;
import io.github.qbank.core.Message;

/**
 * The console lines of {@code qbank:fix}: each finding fixed ({@code [known]} when the baseline holds
 * it), each not fixed with why, the summary, the known findings fixed with the advice to shrink the
 * baseline, then a count per rule.
 */
public final class FixReport {

    /** Known findings named in the summary before {@code …}. */
    private static final int NAMED = 10;

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
        Set<List<String>> known = new HashSet<>();
        result.knownFixed().forEach(f -> known.add(kind(f)));
        for (Finding f : result.fixed()) {
            out.add(place(f) + " " + verb + ": " + f.text() + (known.contains(kind(f)) ? " [known]" : ""));
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
        List<Finding> knownFixed = result.knownFixed();
        if (!knownFixed.isEmpty()) {
            List<String> places = knownFixed.stream().limit(NAMED)
                    .map(f -> f.file() + ":" + f.line() + " (" + f.rule() + ")").collect(Collectors.toList());
            if (knownFixed.size() > NAMED) {
                places.add("…");
            }
            String named = String.join(", ", places);
            out.add("qbank: " + (knownFixed.size() == 1 ? Message.of("fix-report.known-fixed-one", named)
                    : Message.of("fix-report.known-fixed", knownFixed.size(), named)).text());
        }
        for (Map.Entry<String, int[]> e : result.counts().entrySet()) {
            out.add("qbank: " + e.getKey() + ": " + e.getValue()[0] + " fixed, " + e.getValue()[1] + " not fixed");
        }
        return out;
    }

    /** A finding as fixed, whatever line the fixes before it moved it to. */
    private static List<String> kind(Finding f) {
        return Arrays.asList(f.rule(), f.file(), f.expected(), f.actual());
    }

    private static String place(Finding f) {
        return f.file() + ":[" + f.line() + "," + f.column() + "] (" + f.rule() + ")";
    }
}
