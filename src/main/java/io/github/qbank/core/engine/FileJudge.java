package io.github.qbank.core.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import io.github.qbank.core.model.AnchorSet;
import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.model.SectionOutline;
import io.github.qbank.core.numbering.NumberingModel;
import io.github.qbank.core.parse.BankFileReader;
import io.github.qbank.core.rules.BankContext;
import io.github.qbank.core.rules.FileContext;
import io.github.qbank.core.rules.FileRule;
import io.github.qbank.core.sections.AnswerConvention;
import io.github.qbank.core.sections.Section;
import io.github.qbank.core.sections.SectionIndex;
import io.github.qbank.core.source.SourceText;

/**
 * Reads a file and runs the {@link FileRule}s on it while its whole outline and its text are at
 * hand, or takes what they found from the model cache; the check then keeps the file with its
 * outline cut down to its sections ({@link SectionOutline}), so that a bank's memory does not
 * grow with every question it holds.
 *
 * <p>Which answer convention the bank follows is only known once every file is read, and some
 * file rules depend on it. They are run under each convention whose value they name differently,
 * and what they report is kept as they reported it ({@link RawFinding}), before suppression
 * comments and severities. {@link #replay} later reports the findings of the bank's convention
 * through the check's context, as a run of the rule at that point would have.
 */
final class FileJudge {

    /**
     * A file as the rest of the check keeps it.
     * @param file     the file, its outline cut down to sections (or whole, when not cut down)
     * @param sections its sections, on that outline
     * @param reports  per rule id and what its findings depend on, what the rule reported
     */
    record ReadFile(BankFile file, List<Section> sections, Map<String, List<RawFinding>> reports) {}

    /**
     * A file as the check keeps it while the rest of the bank is read: packed into large arrays
     * ({@link PackedFiles}), or as objects when it could not be packed.
     * @param kept    the file as objects, or {@code null} when packed
     * @param packed  where its bytes are, or {@code null}
     * @param relativePath its path as reports write it
     * @param path    its path on disk
     * @param source  its text, held as the file held it
     * @param reports what the file rules reported
     */
    record Judged(ReadFile kept, PackedFiles.Packed packed, String relativePath, Path path, SourceText source,
            Map<String, List<RawFinding>> reports) {

        /** {@return the file as objects again} */
        ReadFile unpacked() {
            if (kept != null) {
                return kept;
            }
            PackedFiles.Unpacked u = PackedFiles.unpack(packed, relativePath, path, source);
            return new ReadFile(u.file(), u.sections(), reports);
        }
    }

    /** The conventions a file is judged under before the bank's is known; only {@code linked} matters. */
    private static final List<AnswerConvention> CONVENTIONS = List.of(
            new AnswerConvention(true, 0, 0), new AnswerConvention(false, 0, 0));

    private final List<FileRule> rules;
    private final Pattern answerLink;
    private final boolean cutDown;

    /**
     * @param rules      the file rules that run in this check
     * @param answerLink the link texts of answer links
     * @param cutDown    whether files keep only their sections once judged, or their whole outline
     */
    FileJudge(List<FileRule> rules, Pattern answerLink, boolean cutDown) {
        this.rules = rules;
        this.answerLink = answerLink;
        this.cutDown = cutDown;
    }

    /**
     * Reads a file and judges it. When the model cache holds what an earlier check kept of the same
     * bytes (its cut-down outline and the reports of every file rule), the file is taken from there
     * and its text is not decoded. A check that cuts files down stores only that in the cache; one
     * that keeps whole outlines ({@code qbank:fix}) stores and reads whole models.
     * @param relativePath its path as reports write it
     * @param path    its path on disk
     * @param reader  reads and parses files
     * @param cache   the model cache, or {@code null}
     * @param packing where cut-down files are packed
     * @return the file as the check keeps it until every file is read
     */
    Judged read(String relativePath, Path path, BankFileReader reader, ModelCache cache, PackedFiles packing) {
        BankFileReader.Opened opened = reader.open(relativePath, path);
        ModelCache.Key key = cache == null || !opened.readable() ? null : cache.key(relativePath, opened.bytes());
        Judgement stored = key == null ? null : cache.judgement(key);
        if (!cutDown) {
            return judge(whole(opened, reader, cache, key), cache, stored, packing);
        }
        if (stored != null && stored.cutDown() != null) {
            Judged judged = keptBefore(opened, key, stored, cache);
            if (judged != null) {
                return judged;
            }
        }
        BankFile full = reader.read(opened);
        if (key != null && full.readable()) {
            cache.parsed(key);
        }
        return judge(full, cache, stored, packing);
    }

    /** The whole model of a file: from the cache when it holds one, parsed (and stored there) otherwise. */
    private static BankFile whole(BankFileReader.Opened opened, BankFileReader reader, ModelCache cache,
            ModelCache.Key key) {
        if (key != null) {
            BankFile cached = cache.load(key, opened.path(), opened.reloadingSource());
            if (cached != null) {
                return cached;
            }
        }
        BankFile parsed = reader.read(opened);
        if (key != null && parsed.readable()) {
            cache.store(key, parsed);
        }
        return parsed;
    }

    /** The file as the cache kept it, or {@code null} when the cache lacks the reports of a rule. */
    private Judged keptBefore(BankFileReader.Opened opened, ModelCache.Key key, Judgement stored, ModelCache cache) {
        SourceText source = opened.reloadingSource();
        PackedFiles.Unpacked kept;
        try {
            kept = PackedFiles.read(stored.cutDown(), opened.relativePath(), opened.path(), source);
        } catch (IOException | RuntimeException e) {
            cache.untrusted(key, String.valueOf(e.getMessage()));
            return null;
        }
        Map<String, List<RawFinding>> reports = new HashMap<>();
        for (String k : judgings().keySet()) {
            List<RawFinding> cached = stored.findings().get(k);
            if (cached == null) {
                return null;
            }
            reports.put(k, cached);
        }
        cache.readBackCutDown(key);
        ReadFile file = new ReadFile(kept.file(), kept.sections(), reports);
        return new Judged(file, null, opened.relativePath(), opened.path(), source, reports);
    }

    /**
     * Runs the file rules on the file, or takes their reports from the model cache when it holds
     * them for the same bytes, and cuts the outline down.
     * @param full    the file as read, with its whole outline
     * @param cache   the model cache, or {@code null}
     * @param stored  what the cache holds of the file, or {@code null} when it has no key for it
     * @param packing where cut-down files are packed
     * @return the file as the check keeps it until every file is read
     */
    Judged judge(BankFile full, ModelCache cache, Judgement stored, PackedFiles packing) {
        List<Section> sections = SectionIndex.of(full, answerLink);
        Map<String, List<RawFinding>> reports = new HashMap<>();
        Map<String, List<RawFinding>> toStore = stored == null ? null : new LinkedHashMap<>();
        // asked for by two rules, on the one thread that judges the file
        NumberingModel[] model = {null};
        Supplier<NumberingModel> numbering = () -> model[0] != null ? model[0] : (model[0] = NumberingModel.of(full));
        Runnable judging = () -> judgings().forEach((key, j) -> reports.put(key, reportsOf(j, full, sections,
                numbering, key, stored == null ? null : stored.findings(), toStore)));
        if (full.source() != null) {
            full.source().holding(judging);
        } else {
            judging.run();
        }
        ModelCache.Key key = toStore == null ? null : cache.keyOf(full);
        if (!cutDown) {
            if (key != null && !toStore.equals(stored.findings())) {
                cache.storeJudgement(key, new Judgement(toStore, stored.cutDown()));
            }
            return new Judged(new ReadFile(full, sections, reports), null, full.relativePath(), full.path(),
                    full.source(), reports);
        }
        ReadFile kept = cutDown(full, sections, reports);
        byte[] bytes = kept.file().readable() ? PackedFiles.bytesOf(kept.file(), kept.sections()) : null;
        if (key != null && (!toStore.equals(stored.findings()) || !Arrays.equals(bytes, stored.cutDown()))) {
            cache.storeJudgement(key, new Judgement(toStore, bytes));
        }
        PackedFiles.Packed packed = bytes != null ? packing.pack(bytes) : null;
        return new Judged(packed == null ? kept : null, packed, full.relativePath(), full.path(), full.source(), reports);
    }

    /** A file rule with the answer convention it judges a file under. */
    private record Judging(FileRule rule, AnswerConvention answers) {}

    /**
     * The runs of the file rules that every file needs, by the key of their reports: one per rule
     * and per answer convention whose value the rule names differently.
     */
    private Map<String, Judging> judgings() {
        Map<String, Judging> out = new LinkedHashMap<>();
        for (AnswerConvention c : CONVENTIONS) {
            for (FileRule rule : rules) {
                out.putIfAbsent(key(rule, rule.findingsDependOn(c)), new Judging(rule, c));
            }
        }
        return out;
    }

    private static List<RawFinding> reportsOf(Judging judging, BankFile full, List<Section> sections,
            Supplier<NumberingModel> numbering, String key, Map<String, List<RawFinding>> stored,
            Map<String, List<RawFinding>> toStore) {
        List<RawFinding> cached = stored == null ? null : stored.get(key);
        if (cached != null) {
            toStore.put(key, cached);
            return cached;
        }
        List<RawFinding> raws = new ArrayList<>();
        judging.rule().check(full, new FileContext(sections, numbering, judging.answers(),
                (line, column, message, expected, actual) -> raws.add(new RawFinding(line, column, message, expected, actual))));
        if (toStore != null) {
            toStore.put(key, raws);
        }
        return raws;
    }

    private static ReadFile cutDown(BankFile full, List<Section> sections, Map<String, List<RawFinding>> reports) {
        SectionOutline.Pruned pruned = SectionOutline.of(full.outline());
        // headings and folded lists are read only by the file rules, which judged the file already (and qbank:fix)
        BankFile kept = new BankFile(full.relativePath(), full.path(), full.source(), pruned.root(), List.of(),
                full.references(), AnchorSet.of(full.anchors()), full.suppressions(), List.of(), full.problems());
        Map<Section, Section> summaries = new IdentityHashMap<>();
        List<Section> out = new ArrayList<>(sections.size());
        for (Section s : sections) {
            Section summary = s.summary(kept, pruned.kept().get(s.node()),
                    s.parent() == null ? null : summaries.get(s.parent()));
            summaries.put(s, summary);
            out.add(summary);
        }
        return new ReadFile(kept, List.copyOf(out), reports);
    }

    /**
     * Reports what a file rule reported on a file, through the check's context for the rule: the
     * check's suppression comments, severities and record of used suppressions apply.
     * @param rule    the rule
     * @param file    the file as the check keeps it
     * @param answers the bank's answer convention
     * @param context the check's context for the rule
     * @param reports the file's reports, as {@link ReadFile#reports()} keeps them
     */
    static void replay(FileRule rule, BankFile file, AnswerConvention answers, BankContext context,
            Map<String, List<RawFinding>> reports) {
        String dependsOn = rule.findingsDependOn(answers);
        List<RawFinding> raws = reports.get(key(rule, dependsOn));
        if (raws == null) {
            throw new IllegalStateException(rule.id() + " was not run on " + file.relativePath() + " for " + dependsOn);
        }
        for (RawFinding r : raws) {
            context.report(file, r.line(), r.column(), r.message(), r.expected(), r.actual());
        }
    }

    private static String key(FileRule rule, String dependsOn) {
        return rule.id() + "\n" + dependsOn;
    }
}
