package io.github.qbank.core.check;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import io.github.qbank.core.CheckListener;
import io.github.qbank.core.Finding;
import io.github.qbank.core.Message;
import io.github.qbank.core.QbankException;
import io.github.qbank.core.Severity;
import io.github.qbank.core.baseline.Baseline;
import io.github.qbank.core.baseline.Fingerprints;
import io.github.qbank.core.baseline.TrackedFinding;
import io.github.qbank.core.engine.ModelCache;
import io.github.qbank.core.engine.RuleEngine;
import io.github.qbank.core.git.ChangedFiles;
import io.github.qbank.core.git.GitDirectory;
import io.github.qbank.core.git.GitIgnores;
import io.github.qbank.core.git.JGitChangedFiles;
import io.github.qbank.core.links.LinkChecker;
import io.github.qbank.core.links.LinkIndex;
import io.github.qbank.core.links.http.HttpLinkChecker;
import io.github.qbank.core.local.FileGate;
import io.github.qbank.core.local.LocalTargets;
import io.github.qbank.core.local.RepositoryBoundary;
import io.github.qbank.core.model.Bank;
import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.model.InputProblem;
import io.github.qbank.core.parse.BankFileReader;
import io.github.qbank.core.rules.Analyses;
import io.github.qbank.core.rules.Rule;
import io.github.qbank.core.rules.RuleRegistry;
import io.github.qbank.core.scan.FileScanner;
import io.github.qbank.core.scan.IgnoredFiles;
import io.github.qbank.core.scan.ScanResult;
import io.github.qbank.core.sections.Section;

/**
 * The check pipeline: scan → parse and file rules → bank model → bank rules → findings, then
 * baseline and ratchet (reports are written by {@link io.github.qbank.core.report.Reports}). The
 * rules run in {@link RuleEngine}. Knows nothing about Maven.
 */
public final class Qbank {

    private final RuleRegistry rules;
    private final BiFunction<QbankConfig, CheckListener, LinkChecker> linkCheckers;
    private final ChangedFiles changedFiles;

    /** A check with every rule, checking external links with HTTP unless the configuration skips them. */
    public Qbank() {
        this(RuleRegistry.standard(), (config, listener) -> config.links().check()
                ? new HttpLinkChecker(config.links(), listener, files(config, listener))
                : LinkChecker.skipping(config.links().skipMessage()));
    }

    /**
     * A check with the given rules and link checker; changed files come from git (JGit).
     * @param rules the rules to run
     * @param linkCheckers makes the link checker for one run from its configuration and listener
     */
    public Qbank(RuleRegistry rules, BiFunction<QbankConfig, CheckListener, LinkChecker> linkCheckers) {
        this(rules, linkCheckers, new JGitChangedFiles());
    }

    /**
     * A check with all of its parts given: tests replace them.
     * @param rules the rules to run
     * @param linkCheckers makes the link checker for one run from its configuration and listener
     * @param changedFiles what {@code qbank.ratchetFrom} asks which files changed
     */
    public Qbank(RuleRegistry rules, BiFunction<QbankConfig, CheckListener, LinkChecker> linkCheckers,
            ChangedFiles changedFiles) {
        this.rules = rules;
        this.linkCheckers = linkCheckers;
        this.changedFiles = changedFiles;
    }

    /**
     * Checks the bank against the configured baseline ({@link QbankConfig#baseline()}): findings it
     * holds are known and do not fail the build.
     *
     * @throws QbankException naming the setting or file at fault, e.g. a corrupt baseline
     * @param config what to check and how
     * @param listener receives the run's messages
     * @return the findings, the rules that ran and the fail decision
     */
    public CheckResult check(QbankConfig config, CheckListener listener) throws QbankException {
        return check(config, listener, Baseline.read(config.baseline(), files(config, listener)));
    }

    /**
     * The gate every file a check reads besides the bank passes: the baseline, git's ignore files,
     * the caches. The repository is the git work tree that holds the project, or the project.
     * @param config the check's configuration
     * @param listener gets a warning for each file that is not read
     * @return the gate
     */
    private static FileGate files(QbankConfig config, CheckListener listener) {
        return new FileGate(GitDirectory.boundary(config.baseDir()), listener);
    }

    /**
     * A reminder to add {@code target/} to {@code .gitignore}, when git would commit it: qbank writes
     * its reports and caches there, which do not belong in a commit beside the baseline.
     * @param config the check's configuration
     * @param listener gets a warning for each ignore file that is not read
     * @return the reminder, when a git work tree holds the bank and does not ignore its {@code target/}
     */
    public static Optional<Message> targetNotIgnored(QbankConfig config, CheckListener listener) {
        return GitIgnores.committed(config.baseDir(), "target", files(config, listener))
                ? Optional.of(Message.of("gitignore.target-not-ignored")) : Optional.empty();
    }

    /**
     * Checks the bank; the findings {@code baseline} holds are known and do not fail the build.
     * @param config what to check and how
     * @param listener receives the run's messages
     * @param baseline the known findings
     * @return the findings, the rules that ran and the fail decision
     * @throws QbankException naming the setting or file at fault
     */
    public CheckResult check(QbankConfig config, CheckListener listener, Baseline baseline) throws QbankException {
        return check(config, listener, baseline, Outlines.SECTIONS);
    }

    /** How much of each file's outline the bank of a check's result keeps. */
    public enum Outlines {
        /**
         * Chapters and sections only ({@link io.github.qbank.core.model.SectionOutline}), once the
         * rules that judge a file alone ran on the whole outline: a check's memory does not grow
         * with every question of the bank.
         */
        SECTIONS,
        /** Every node, for work that reads the outline after the check ({@code qbank:fix}). */
        WHOLE
    }

    /**
     * Checks the bank; the findings {@code baseline} holds are known and do not fail the build.
     * @param config what to check and how
     * @param listener receives the run's messages
     * @param baseline the known findings
     * @param outlines how much of each file's outline the result's bank keeps
     * @return the findings, the rules that ran and the fail decision
     * @throws QbankException naming the setting or file at fault
     */
    public CheckResult check(QbankConfig config, CheckListener listener, Baseline baseline, Outlines outlines)
            throws QbankException {
        Instant startedAt = Instant.now();
        String runId = UUID.randomUUID().toString();
        long start = System.nanoTime();
        Path base = config.baseDir();
        // the ratchet's ref is resolved first: a wrong ref fails before any work, never a silent full run
        Set<String> changed = config.ratchetFrom() == null ? null : changedFiles(config);
        RepositoryBoundary boundary = GitDirectory.boundary(base);
        FileGate gate = new FileGate(boundary, listener);
        ScanResult scan;
        try {
            IgnoredFiles ignored = config.respectGitignore() ? GitIgnores.forProject(base, gate) : IgnoredFiles.NONE;
            scan = new FileScanner(base, config.includes(), config.scanExcludes(), boundary, ignored).scan();
        } catch (IOException e) {
            throw new QbankException("baseDir", "cannot list the files of " + base + ": " + e.getMessage(), e);
        }
        if (scan.files().isEmpty()) {
            listener.warn(Message.of("progress.no-files", String.join(", ", config.includes()), base.toString()));
        }
        checkCacheBoundaries(config, boundary);
        // caches a commit brought are not trusted: git's index is read once, before either is opened
        CommittedCaches committed = CommittedCaches.of(config, true, listener);
        ModelCache models = committed.modelsTrusted() ? openCache(config, gate, listener) : null;
        List<RuleRun> ruleRuns = ruleRuns(config);
        RuleEngine engine = engine(ruleRuns);
        RuleEngine.ReadFiles read = engine.read(scan.files(), p -> Bank.relativePath(base, p),
                new BankFileReader(config.answerLinkPattern(), boundary), models, outlines == Outlines.SECTIONS);
        if (models != null) {
            listener.info(Message.of("progress.model-cache", scan.files().size(), models.parsed(),
                    models.hits()));
        }
        List<BankFile> files = new ArrayList<>(read.files());
        for (ScanResult.Problem p : scan.problems()) {
            files.add(BankFile.unreadable(Bank.relativePath(base, p.path()), p.path(), new InputProblem(true, p.reason(), 1, 1)));
        }
        Bank bank = new Bank(base, boundary.root(), files);

        LinkIndex links = LinkIndex.check(bank, linkCheckers.apply(committed.forLinks(config), listener));
        Analyses analyses = analyses(bank, config, ruleRuns, links, read.sections());
        List<Finding> findings = engine.run(bank, analyses, localTargets(bank, config), read);
        if (models != null) {
            models.finish(startedAt);
        }
        findings.sort(Finding.ORDER);
        long durationMs = (System.nanoTime() - start) / 1_000_000;
        List<String> fingerprints = Fingerprints.of(findings, bank);
        List<TrackedFinding> tracked = baseline.track(findings, fingerprints);
        boolean linksJudged = config.links().check() && !links.networkUnavailable();
        int fixed = baseline.fixed(tracked, linksJudged ? Set.of() : Baseline.LINK_RULES);
        CheckResult.Ratchet ratchet = null;
        if (changed != null) {
            List<TrackedFinding> kept = tracked.stream().filter(t -> Ratchets.keeps(t.finding(), changed)).toList();
            ratchet = new CheckResult.Ratchet(config.ratchetFrom(), changed.size(), tracked.size() - kept.size());
            tracked = kept;
            findings = kept.stream().map(TrackedFinding::finding).collect(Collectors.toCollection(ArrayList::new));
        }
        // Only new findings fail the build: the baseline's are accepted for now.
        boolean failed = config.failOn().fails((int) CheckResult.countNew(tracked, Severity.ERROR),
                (int) CheckResult.countNew(tracked, Severity.WARNING));
        return new CheckResult(bank, ruleRuns, List.copyOf(findings), links.results(), durationMs, failed,
                analyses.answerConvention(), tracked, fixed, runId, startedAt, ratchet);
    }

    /**
     * The findings of the rules on a bank read already, in report order, without baseline or
     * ratchet: {@code qbank:fix} checks its edits with it before it keeps them.
     * @param bank the bank, read already
     * @param config what to check and how
     * @param listener receives the run's messages
     * @return the findings, in report order
     * @throws QbankException naming the setting at fault, e.g. an unknown rule
     */
    public List<Finding> findings(Bank bank, QbankConfig config, CheckListener listener) throws QbankException {
        QbankConfig linkConfig = CommittedCaches.of(config, false, listener).forLinks(config);
        LinkIndex links = LinkIndex.check(bank, linkCheckers.apply(linkConfig, listener));
        List<RuleRun> ruleRuns = ruleRuns(config);
        List<Finding> findings = engine(ruleRuns).run(bank, analyses(bank, config, ruleRuns, links, Map.of()),
                localTargets(bank, config), null);
        findings.sort(Finding.ORDER);
        return List.copyOf(findings);
    }

    private Analyses analyses(Bank bank, QbankConfig config, List<RuleRun> ruleRuns, LinkIndex links,
            Map<BankFile, List<Section>> sections) {
        Set<String> rulesOff = new HashSet<>();
        ruleRuns.stream().filter(r -> !r.ran()).forEach(r -> rulesOff.add(r.id()));
        return new Analyses(bank, config.answerLinkPattern(), links, rules.ids(), rulesOff, sections);
    }

    /** The engine for the rules that run in this check, with their severities. */
    private RuleEngine engine(List<RuleRun> ruleRuns) {
        Map<Rule, Severity> running = new LinkedHashMap<>();
        for (RuleRun run : ruleRuns) {
            if (run.ran()) {
                running.put(rules.rule(run.id()), run.severity());
            }
        }
        return new RuleEngine(running);
    }

    private static LocalTargets localTargets(Bank bank, QbankConfig config) {
        return new LocalTargets(bank.baseDir(), bank.repositoryRoot(), config.siteRoutes());
    }

    /** The files under the project directory changed since the ratchet's ref, as findings name them. */
    private Set<String> changedFiles(QbankConfig config) throws QbankException {
        Path base;
        try {
            base = config.baseDir().toRealPath();
        } catch (IOException e) {
            throw new QbankException("baseDir", "cannot resolve " + config.baseDir() + ": " + e.getMessage(), e);
        }
        Set<String> out = new TreeSet<>();
        for (Path p : changedFiles.since(base, config.ratchetFrom())) {
            if (p.startsWith(base) && !p.equals(base)) {
                out.add(Bank.relativePath(base, p));
            }
        }
        return out;
    }

    /** Each rule of the registry with the severity this configuration gives it. */
    private List<RuleRun> ruleRuns(QbankConfig config) throws QbankException {
        for (String id : config.severities().keySet()) {
            if (!rules.contains(id)) {
                throw new QbankException("rules", "unknown rule '" + id + "'; the rules are " + String.join(", ", rules.ids()));
            }
        }
        List<RuleRun> runs = new ArrayList<>();
        for (Rule rule : rules.rules()) {
            Severity severity = config.severities().getOrDefault(rule.id(), rule.defaultSeverity());
            runs.add(new RuleRun(rule.id(), severity, rule.describe(), rule.helpUri(config.locale()),
                    rule.helpMarkdown(config.locale())));
        }
        return List.copyOf(runs);
    }

    /** Fails when a cache is in the repository but a symbolic link on its way leads out. */
    private static void checkCacheBoundaries(QbankConfig config, RepositoryBoundary boundary) throws QbankException {
        Path dir = config.cacheDirectory();
        if (dir != null && boundary.leavesThroughLink(dir)) {
            throw new QbankException("cacheDirectory", "the model cache " + boundary.relative(dir) + " is in the"
                    + " repository, but a symbolic link on its way leads out of it; qbank does not write there"
                    + " (a cache directory outside the repository is used as given)");
        }
        Path cache = config.links().cacheFile();
        if (config.links().check() && cache != null && boundary.leavesThroughLink(cache)) {
            throw new QbankException("links.cache", "the link cache " + boundary.relative(cache) + " is in the"
                    + " repository, but a symbolic link on its way leads out of it; qbank does not write there"
                    + " (a cache file outside the repository is used as given)");
        }
    }

    /** The model cache, or {@code null} when there is none. */
    private static ModelCache openCache(QbankConfig config, FileGate files, CheckListener listener) {
        Path dir = config.cacheDirectory();
        if (dir == null) {
            return null;
        }
        return ModelCache.open(dir, "answerLinkPattern=" + config.answerLinkPattern().pattern() + "/"
                + config.answerLinkPattern().flags(), listener, files);
    }
}
