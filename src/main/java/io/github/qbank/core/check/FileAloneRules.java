package io.github.qbank.core.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.github.qbank.core.Severity;
import io.github.qbank.core.cache.ModelCache;
import io.github.qbank.core.cache.PackedFiles;
import io.github.qbank.core.local.LocalTargets;
import io.github.qbank.core.model.AnchorSet;
import io.github.qbank.core.model.Bank;
import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.model.SectionOutline;
import io.github.qbank.core.parse.BankFileReader;
import io.github.qbank.core.rules.Analyses;
import io.github.qbank.core.rules.FileRule;
import io.github.qbank.core.rules.RuleContext;
import io.github.qbank.core.sections.AnswerConvention;
import io.github.qbank.core.sections.Section;
import io.github.qbank.core.sections.SectionIndex;
import io.github.qbank.core.source.SourceText;

/**
 * Runs the rules that judge a file alone ({@link FileRule#findingsDependOn} gives a value) while the
 * file is read, with its whole outline and its text at hand; the check then keeps the file with
 * its outline cut down to its sections ({@link SectionOutline}), so that a bank's memory does not
 * grow with every question it holds.
 *
 * <p>Which answer convention the bank follows is only known once every file is read, and some of
 * these rules depend on it. They are run under each convention whose value they name differently,
 * and what they report is kept as they reported it, before suppression comments and severities.
 * {@link #replay} later reports the findings of the bank's convention through the check's
 * context, as a run of the rule at that point would have.
 */
final class FileAloneRules {

    /** What a rule reported on a file, before suppression comments were consulted. */
    record Raw(String file, ModelCache.Reported report) {}

    /**
     * A file as the rest of the check keeps it.
     * @param file     the file, its outline cut down to sections (or whole, when not cut down)
     * @param sections its sections, on that outline
     * @param reports  per rule id and what its findings depend on, what the rule reported
     */
    record ReadFile(BankFile file, List<Section> sections, Map<String, List<Raw>> reports) {}

    /**
     * A file as the check keeps it while the rest of the bank is read: packed into large arrays
     * ({@link PackedFiles}), or as objects when it could not be packed.
     * @param kept    the file as objects, or {@code null} when packed
     * @param packed  where its bytes are, or {@code null}
     * @param relativePath its path as reports write it
     * @param path    its path on disk
     * @param source  its text, held as the file held it
     * @param reports what the rules that judged it alone reported
     */
    record Judged(ReadFile kept, PackedFiles.Packed packed, String relativePath, Path path, SourceText source,
            Map<String, List<Raw>> reports) {

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

    private final Map<FileRule, Severity> rules;
    private final LocalTargets targets;
    private final Pattern answerLink;
    private final Path baseDir;
    private final Path repositoryRoot;
    private final boolean cutDown;

    /**
     * @param rules      the rules that judge one file at a time and run in this check, with their severities
     * @param targets    local link targets, for rules that ask
     * @param answerLink the link texts of answer links
     * @param baseDir    the project directory
     * @param repositoryRoot the repository's root
     * @param cutDown    whether files keep only their sections once judged, or their whole outline
     */
    FileAloneRules(Map<FileRule, Severity> rules, LocalTargets targets, Pattern answerLink, Path baseDir,
            Path repositoryRoot, boolean cutDown) {
        this.rules = rules;
        this.targets = targets;
        this.answerLink = answerLink;
        this.baseDir = baseDir;
        this.repositoryRoot = repositoryRoot;
        this.cutDown = cutDown;
    }

    /**
     * Reads a file and judges it. When the model cache holds what an earlier check kept of the same
     * bytes (its cut-down outline and the reports of every rule that judges it alone), the file is
     * taken from there and its text is not decoded. A check that cuts files down stores only that
     * in the cache; one that keeps whole outlines ({@code qbank:fix}) stores and reads whole models.
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
        ModelCache.Judgement stored = key == null ? null : cache.judgement(key);
        if (!cutDown) {
            return judge(reader.read(opened, cache, key), cache, stored, packing);
        }
        if (stored != null && stored.cutDown() != null) {
            Judged judged = keptBefore(opened, key, stored, cache);
            if (judged != null) {
                return judged;
            }
        }
        BankFile full = reader.read(opened, null, null);
        if (key != null && full.readable()) {
            cache.parsed(key);
        }
        return judge(full, cache, stored, packing);
    }

    /** The file as the cache kept it, or {@code null} when the cache lacks the reports of a rule. */
    private Judged keptBefore(BankFileReader.Opened opened, ModelCache.Key key, ModelCache.Judgement stored,
            ModelCache cache) {
        SourceText source = opened.reloadingSource();
        PackedFiles.Unpacked kept;
        try {
            kept = PackedFiles.read(stored.cutDown(), opened.relativePath(), opened.path(), source);
        } catch (IOException | RuntimeException e) {
            cache.untrusted(key, String.valueOf(e.getMessage()));
            return null;
        }
        Map<String, List<Raw>> reports = new HashMap<>();
        for (String k : judgings(kept.file(), kept.sections()).keySet()) {
            List<ModelCache.Reported> cached = stored.findings().get(k);
            if (cached == null) {
                return null;
            }
            reports.put(k, raws(opened.relativePath(), cached));
        }
        cache.readBackCutDown(key);
        ReadFile file = new ReadFile(kept.file(), kept.sections(), reports);
        return new Judged(file, null, opened.relativePath(), opened.path(), source, reports);
    }

    /**
     * Runs the rules that judge the file alone on it, or takes their reports from the model cache
     * when it holds them for the same bytes, and cuts the outline down.
     * @param full    the file as read, with its whole outline
     * @param cache   the model cache, or {@code null}
     * @param stored  what the cache holds of the file, or {@code null} when it has no key for it
     * @param packing where cut-down files are packed
     * @return the file as the check keeps it until every file is read
     */
    Judged judge(BankFile full, ModelCache cache, ModelCache.Judgement stored, PackedFiles packing) {
        List<Section> sections = SectionIndex.of(full, answerLink);
        Map<String, List<Raw>> reports = new HashMap<>();
        Map<String, List<ModelCache.Reported>> toStore = stored == null ? null : new LinkedHashMap<>();
        Bank alone = new Bank(baseDir, repositoryRoot, List.of(full));
        Runnable judging = () -> judgings(full, sections).forEach((key, j) -> reports.put(key,
                reportsOf(j.rule(), full, alone, j.context(), key, stored == null ? null : stored.findings(), toStore)));
        if (full.source() != null) {
            full.source().holding(judging);
        } else {
            judging.run();
        }
        ModelCache.Key key = toStore == null ? null : cache.keyOf(full);
        if (!cutDown) {
            if (key != null && !toStore.equals(stored.findings())) {
                cache.storeJudgement(key, new ModelCache.Judgement(toStore, stored.cutDown()));
            }
            return new Judged(new ReadFile(full, sections, reports), null, full.relativePath(), full.path(),
                    full.source(), reports);
        }
        ReadFile kept = cutDown(full, sections, reports);
        byte[] bytes = kept.file().readable() ? PackedFiles.bytesOf(kept.file(), kept.sections()) : null;
        if (key != null && (!toStore.equals(stored.findings()) || !Arrays.equals(bytes, stored.cutDown()))) {
            cache.storeJudgement(key, new ModelCache.Judgement(toStore, bytes));
        }
        PackedFiles.Packed packed = bytes != null ? packing.pack(bytes) : null;
        return new Judged(packed == null ? kept : null, packed, full.relativePath(), full.path(), full.source(), reports);
    }

    /** A rule that judges a file alone, with the context it judges under. */
    private record Judging(FileRule rule, RuleContext context) {}

    /**
     * The runs of the rules that judge a file alone that a file needs, by the key of their reports:
     * one per rule and per answer convention whose value the rule names differently.
     */
    private Map<String, Judging> judgings(BankFile file, List<Section> sections) {
        Map<String, Judging> out = new LinkedHashMap<>();
        for (AnswerConvention c : CONVENTIONS) {
            Analyses view = Analyses.ofOneFile(file, sections, answerLink, c);
            rules.forEach((rule, severity) -> {
                RuleContext context = new RuleContext(rule.id(), severity, targets, view, new ArrayList<>());
                String dependsOn = rule.findingsDependOn(context);
                if (dependsOn != null) {
                    out.putIfAbsent(key(rule, dependsOn), new Judging(rule, context));
                }
            });
        }
        return out;
    }

    private static List<Raw> reportsOf(FileRule rule, BankFile full, Bank alone, RuleContext context, String key,
            Map<String, List<ModelCache.Reported>> stored, Map<String, List<ModelCache.Reported>> toStore) {
        List<ModelCache.Reported> cached = stored == null ? null : stored.get(key);
        if (cached != null) {
            toStore.put(key, cached);
            return raws(full.relativePath(), cached);
        }
        List<Raw> raws = new ArrayList<>();
        boolean[] elsewhere = {false};
        rule.check(full, alone, context.recordingTo((on, line, column, message, expected, actual) -> {
            elsewhere[0] |= on != full;
            raws.add(new Raw(on.relativePath(), new ModelCache.Reported(line, column, message, expected, actual)));
        }));
        if (toStore != null && !elsewhere[0]) {
            toStore.put(key, raws.stream().map(Raw::report).toList());
        }
        return raws;
    }

    private static List<Raw> raws(String file, List<ModelCache.Reported> reports) {
        List<Raw> raws = new ArrayList<>(reports.size());
        for (ModelCache.Reported r : reports) {
            raws.add(new Raw(file, r));
        }
        return raws;
    }

    private static ReadFile cutDown(BankFile full, List<Section> sections, Map<String, List<Raw>> reports) {
        SectionOutline.Pruned pruned = SectionOutline.of(full.outline());
        // headings and folded lists are read only by the rules that judged the file already (and qbank:fix)
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
     * Reports what a rule that judges a file alone reported on it, through the check's context: the
     * check's suppression comments, severities and record of used suppressions apply.
     * @param rule    the rule
     * @param file    the file as the check keeps it
     * @param bank    the bank, for reports on another file
     * @param context the check's context for the rule
     * @param reports the file's reports, as {@link ReadFile#reports()} keeps them
     * @return {@code false} if the rule does not judge a file alone, so it must be run now
     */
    static boolean replay(FileRule rule, BankFile file, Bank bank, RuleContext context, Map<String, List<Raw>> reports) {
        String dependsOn = rule.findingsDependOn(context);
        if (dependsOn == null) {
            return false;
        }
        List<Raw> raws = reports.get(key(rule, dependsOn));
        if (raws == null) {
            throw new IllegalStateException(rule.id() + " was not run on " + file.relativePath() + " for " + dependsOn);
        }
        for (Raw raw : raws) {
            ModelCache.Reported r = raw.report();
            BankFile on = raw.file().equals(file.relativePath()) ? file : bank.file(raw.file());
            context.report(on, r.line(), r.column(), r.message(), r.expected(), r.actual());
        }
        return true;
    }

    private static String key(FileRule rule, String dependsOn) {
        return rule.id() + "\n" + dependsOn;
    }
}
