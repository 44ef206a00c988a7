package io.github.qbank.core.fix;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import io.github.qbank.core.AtomicFiles;
import io.github.qbank.core.CheckListener;
import io.github.qbank.core.Finding;
import io.github.qbank.core.Message;
import io.github.qbank.core.QbankException;
import io.github.qbank.core.baseline.Baseline;
import io.github.qbank.core.baseline.Fingerprints;
import io.github.qbank.core.baseline.TrackedFinding;
import io.github.qbank.core.check.CheckResult;
import io.github.qbank.core.check.Qbank;
import io.github.qbank.core.check.QbankConfig;
import io.github.qbank.core.git.GitDirectory;
import io.github.qbank.core.links.LinkChecker;
import io.github.qbank.core.links.LinkResult;
import io.github.qbank.core.links.Verdict;
import io.github.qbank.core.links.http.HttpLinkChecker;
import io.github.qbank.core.local.FileGate;
import io.github.qbank.core.local.LocalTargets;
import io.github.qbank.core.local.RepositoryBoundary;
import io.github.qbank.core.model.Bank;
import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.model.OutlineNode;
import io.github.qbank.core.numbering.SequenceChecker;
import io.github.qbank.core.parse.BankFileReader;
import io.github.qbank.core.rules.RuleRegistry;

/**
 * The fix goal's core: checks the bank, edits what has one right answer, and keeps an edit only
 * when the whole bank, checked again in memory, has lost the finding it fixes and gained no
 * other, of any rule. Then checks again, for what the first edits made certain (a renumbered
 * parent's children), up to a few rounds: a second run finds nothing left to do.
 *
 * <p>Nothing is written by {@link #fix}; {@link #write} writes the files, each only if its bytes
 * on disk are still those that were read.
 */
public final class Fixer {

    /** Rounds of fix and check: a fix that waits on another is made in the next round. */
    private static final int MAX_ROUNDS = 5;
    private static final String DEAD_LINK = "dead-link";
    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private static final String NO_LINKS = "qbank:fix does not check external links";

    private final BiFunction<QbankConfig, CheckListener, LinkChecker> linkCheckers;
    private final Qbank qbank = new Qbank(RuleRegistry.standard(), this::linkChecker);
    /** Whether this fix checks external links: only for {@code dead-link}. */
    private boolean checkLinks;
    /** The first check's link results, which every check of an edit is given again; {@code null} before it. */
    private LinkChecker.LinkCheck firstLinks;

    /** A fixer that checks external links over HTTP when {@code dead-link} is fixed, and never else. */
    public Fixer() {
        this((config, listener) -> config.links().check()
                ? new HttpLinkChecker(config.links(), listener, new FileGate(GitDirectory.boundary(config.baseDir()),
                        listener))
                : LinkChecker.skipping(config.links().skipReason()));
    }

    /**
     * A fixer whose link checker, asked only when {@code dead-link} is fixed, is the caller's.
     * @param linkCheckers makes the link checker of the first check from its configuration and listener
     */
    public Fixer(BiFunction<QbankConfig, CheckListener, LinkChecker> linkCheckers) {
        this.linkCheckers = linkCheckers;
    }

    /**
     * The first check asks the links once, when {@code dead-link} is fixed; every check of an edit
     * is given the same results again, and a URL that an edit wrote (an archived copy) is skipped.
     */
    private LinkChecker linkChecker(QbankConfig config, CheckListener listener) {
        if (!checkLinks) {
            return LinkChecker.skipping(NO_LINKS);
        }
        if (firstLinks == null) {
            LinkChecker real = linkCheckers.apply(config, listener);
            return urls -> {
                firstLinks = real.check(urls);
                return firstLinks;
            };
        }
        LinkChecker.LinkCheck first = firstLinks;
        return urls -> {
            Map<String, LinkResult> out = new LinkedHashMap<>();
            for (String u : urls) {
                LinkResult r = first.results().get(u);
                out.put(u, r != null ? r : new LinkResult(u, Verdict.SKIPPED, null, null, null,
                        Message.of("link.skipped", "written by qbank:fix, not checked"), List.of()));
            }
            return new LinkChecker.LinkCheck(out, first.networkUnavailable());
        };
    }

    /**
     * The rules to fix: those named, or all fixable rules when none is; a rule fixed only on request
     * ({@code dead-link}) only when it is named.
     *
     * @param requested the rule ids {@code fix.rules} names, or {@code null}
     * @return the rules to fix, in the order named (registry order when none is)
     * @throws QbankException naming {@code fix.rules} for a rule that does not exist or has no fixes
     */
    public static Set<String> rules(Collection<String> requested) throws QbankException {
        if (requested == null || requested.isEmpty()) {
            return new LinkedHashSet<>(FixPlanner.RULES);
        }
        Set<String> out = new LinkedHashSet<>();
        for (String id : requested) {
            if (!FixPlanner.RULES.contains(id) && !FixPlanner.ON_REQUEST.contains(id)) {
                throw new QbankException("fix.rules", (RuleRegistry.standard().contains(id)
                        ? "rule '" + id + "' has no fixes" : "unknown rule '" + id + "'")
                        + "; the rules qbank fixes are " + String.join(", ", FixPlanner.RULES) + ", and, when named, "
                        + String.join(", ", FixPlanner.ON_REQUEST));
            }
            out.add(id);
        }
        return out;
    }

    /** A file of the bank as read, which qbank may rewrite. */
    private record Original(BankFile file, SourceBytes bytes) {}

    /** The bank with the edits kept so far. */
    private record State(Bank bank, List<Finding> findings, Map<String, String> texts) {}

    /** The outcome of checking a set of fixes: the new state, or why not. */
    private record Attempt(State state, String reason) {}

    /**
     * Computes the fixes of the bank; writes nothing.
     * @param config what to check and how
     * @param rules the rules whose findings to fix, as {@link #rules} gives them
     * @param listener receives the messages of the first check
     * @return the changed files, the findings fixed and those not fixed with why
     * @throws QbankException naming the setting or file at fault, as {@link Qbank#check} does
     */
    public FixResult fix(QbankConfig config, Set<String> rules, CheckListener listener) throws QbankException {
        checkLinks = rules.contains(DEAD_LINK);
        firstLinks = null;
        if (checkLinks && config.links().check() && !config.links().archive()) {
            throw new QbankException("links.archive", "qbank:fix rewrites a dead answer link to its archived copy only"
                    + " with qbank.links.archive=true, which sends the bank's dead URLs to the web archive"
                    + " (qbank.links.archiveEndpoint)");
        }
        // the baseline is read only to say which fixes are of known findings: qbank:fix fixes those too
        Baseline baseline = Baseline.read(config.baseline(), new FileGate(GitDirectory.boundary(config.baseDir()), listener));
        CheckResult initial = qbank.check(config, listener, baseline, Qbank.Outlines.WHOLE);
        Bank bank = initial.bank();
        Map<String, Original> originals = new LinkedHashMap<>();
        Map<String, String> unfixable = new HashMap<>();
        for (BankFile f : bank.files()) {
            if (!f.readable()) {
                continue;
            }
            String why = null;
            if (Files.isSymbolicLink(f.path())) {
                why = "the file is a symbolic link; qbank does not replace it";
            } else {
                try {
                    byte[] bytes = Files.readAllBytes(f.path());
                    SourceBytes source = SourceBytes.of(bytes);
                    if (source == null) {
                        why = SourceBytes.problem(bytes);
                    } else if (!source.text().equals(f.source().text())) {
                        why = "the file changed on disk while qbank read it";
                    } else {
                        originals.put(f.relativePath(), new Original(f, source));
                    }
                } catch (IOException | RuntimeException e) {
                    why = "the file cannot be read: " + e.getMessage();
                }
            }
            if (why != null) {
                unfixable.put(f.relativePath(), why);
            }
        }
        Run run = new Run(config, rules, originals);
        State state = new State(bank, initial.findings(), new HashMap<>());
        originals.forEach((rel, o) -> state.texts().put(rel, o.bytes().text()));
        State done = run.rounds(state);

        List<NotFixed> notFixed = new ArrayList<>();
        for (Finding f : done.findings()) {
            if (rules.contains(f.rule()) && unfixable.containsKey(f.file())) {
                notFixed.add(new NotFixed(f, unfixable.get(f.file())));
            }
        }
        for (FixPlanner.Plan plan : run.plans(done).values()) {
            notFixed.addAll(plan.notFixed());
            for (Fix fix : plan.fixes()) {
                String reason = run.rejected.get(run.identity(done, fix.finding()));
                notFixed.add(new NotFixed(fix.finding(), reason != null ? reason
                        : "it waits on other fixes; run qbank:fix again"));
            }
        }
        notFixed.sort((a, b) -> Finding.ORDER.compare(a.finding(), b.finding()));

        List<FileChange> changes = new ArrayList<>();
        originals.forEach((rel, o) -> {
            String text = done.texts().get(rel);
            if (!text.equals(o.bytes().text())) {
                changes.add(new FileChange(rel, o.file().path(), o.bytes().bytes(), o.bytes().encode(text),
                        o.bytes().text(), text, o.bytes().bom()));
            }
        });
        return new FixResult(changes, run.fixed, notFixed, List.copyOf(rules), bank.repositoryRoot(),
                knownFixed(initial, done, run.fixed));
    }

    /**
     * The known findings of the first check that the fixes fixed: the baseline holds them, no finding
     * of the fixed bank carries their fingerprint, and a fix was made for a finding like them (rule,
     * file, expected and actual), so that a known finding whose line a fix only touched is not among them.
     */
    private static List<Finding> knownFixed(CheckResult initial, State done, List<Finding> fixed) {
        Set<String> left = new HashSet<>(Fingerprints.of(done.findings(), done.bank()));
        Set<List<String>> fixedKinds = new HashSet<>();
        fixed.forEach(f -> fixedKinds.add(kind(f)));
        return initial.tracked().stream()
                .filter(t -> t.known() && !left.contains(t.fingerprint()) && fixedKinds.contains(kind(t.finding())))
                .map(TrackedFinding::finding).toList();
    }

    private static List<String> kind(Finding f) {
        return Arrays.asList(f.rule(), f.file(), f.expected(), f.actual());
    }

    /**
     * Writes the changed files, each atomically. First makes sure that every file still holds the
     * bytes that were read: if one changed meanwhile, nothing is written.
     *
     * @param result the fixes {@link #fix} computed
     * @throws QbankException naming the file that changed or could not be written
     */
    public static void write(FixResult result) throws QbankException {
        for (FileChange c : result.changes()) {
            byte[] now;
            try {
                now = Files.readAllBytes(c.path());
            } catch (IOException e) {
                throw new QbankException(null, c.file() + " cannot be read again before writing: " + e.getMessage()
                        + "; no file was written", e);
            }
            if (!Arrays.equals(now, c.before())) {
                throw new QbankException(null, c.file() + " changed on disk while qbank:fix ran; no file was"
                        + " written, run qbank:fix again");
            }
        }
        for (FileChange c : result.changes()) {
            try {
                AtomicFiles.write(c.path(), out -> out.write(c.after()));
            } catch (IOException e) {
                throw new QbankException(null, "cannot write " + c.file() + ": " + e.getMessage(), e);
            }
        }
    }

    /** One fix run: the rounds, what they fixed, and what they would not keep and why. */
    private final class Run {
        private final QbankConfig config;
        /** The configuration edits are checked again with: no link cache, so git is never asked about one. */
        private final QbankConfig recheck;
        private final Set<String> rules;
        private final Map<String, Original> originals;
        private final Map<String, String> rejected = new HashMap<>();
        private final List<Finding> fixed = new ArrayList<>();

        Run(QbankConfig config, Set<String> rules, Map<String, Original> originals) {
            this.config = config;
            this.recheck = config.withLinks(config.links().withoutCache());
            this.rules = rules;
            this.originals = originals;
        }

        private BankFileReader reader(Bank bank) {
            return new BankFileReader(config.answerLinkPattern(), new RepositoryBoundary(bank.repositoryRoot()));
        }

        State rounds(State start) throws QbankException {
            State state = start;
            for (int round = 0; round < MAX_ROUNDS; round++) {
                List<Fix> planned = new ArrayList<>();
                for (FixPlanner.Plan plan : plans(state).values()) {
                    for (Fix fix : plan.fixes()) {
                        if (!rejected.containsKey(identity(state, fix.finding()))) {
                            planned.add(fix);
                        }
                    }
                }
                List<Fix> batch = nonOverlapping(planned);
                if (batch.isEmpty()) {
                    break;
                }
                Attempt all = attempt(state, batch);
                if (all.state() != null) {
                    fixed.addAll(batch.stream().map(Fix::finding).toList());
                    state = all.state();
                    continue;
                }
                List<Fix> good = keepable(state, batch, all);
                if (good.isEmpty()) {
                    break;
                }
                Attempt together = attempt(state, good);
                List<Fix> kept = together.state() != null ? good : List.of(good.get(0));
                State next = together.state() != null ? together.state() : attempt(state, kept).state();
                fixed.addAll(kept.stream().map(Fix::finding).toList());
                state = next;
            }
            return state;
        }

        /**
         * The fixes that can be kept each on its own, found by halving: a batch that checks clean
         * is kept whole, so a few bad fixes among many cost a few checks each, not one per fix.
         * Records why each fix that fails alone is not kept.
         */
        private List<Fix> keepable(State state, List<Fix> fixes, Attempt whole) throws QbankException {
            List<Fix> good = new ArrayList<>();
            Deque<List<Fix>> todo = new ArrayDeque<>();
            todo.push(fixes);
            while (!todo.isEmpty()) {
                List<Fix> part = todo.pop();
                Attempt a = part == fixes ? whole : attempt(state, part);
                if (a.state() != null) {
                    good.addAll(part);
                } else if (part.size() == 1) {
                    Fix fix = part.get(0);
                    String reason = a.reason();
                    rejected.put(identity(state, fix.finding()), SequenceChecker.isGap(fix.finding().message())
                            ? "a gap: an item may have been removed, or those after it numbered one too high;"
                                    + " renumbering only this one is not enough (" + reason + ")"
                            : reason);
                } else {
                    todo.push(part.subList(part.size() / 2, part.size()));
                    todo.push(part.subList(0, part.size() / 2));
                }
            }
            return good;
        }

        /** The plan of each file qbank may rewrite, for the findings of the rules to fix. */
        Map<String, FixPlanner.Plan> plans(State state) {
            FixPlanner planner = new FixPlanner(new LocalTargets(state.bank().baseDir(), state.bank().repositoryRoot()),
                    state.bank().baseDir(), config.answerLinkPattern());
            Map<String, List<Finding>> byFile = new LinkedHashMap<>();
            for (Finding f : state.findings()) {
                if (rules.contains(f.rule()) && originals.containsKey(f.file())) {
                    byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
                }
            }
            Map<String, FixPlanner.Plan> plans = new LinkedHashMap<>();
            byFile.forEach((file, findings) -> plans.put(file, planner.plan(state.bank().file(file), findings)));
            return plans;
        }

        /** A finding's identity across rounds, whose edits move lines: rule, file, values, the text of its line. */
        String identity(State state, Finding f) {
            BankFile file = state.bank().file(f.file());
            String line = file == null || !file.readable() ? "" : SPACES.matcher(file.source().line(f.line()).strip())
                    .replaceAll(" ");
            return String.join("\u0000", f.rule(), f.file(), String.valueOf(f.expected()), String.valueOf(f.actual()),
                    line);
        }

        /** The fixes in order, leaving out each that touches what an earlier one touches. */
        private List<Fix> nonOverlapping(List<Fix> fixes) {
            List<Fix> out = new ArrayList<>();
            Map<String, List<TextEdit>> taken = new HashMap<>();
            for (Fix fix : fixes) {
                List<TextEdit> mine = taken.computeIfAbsent(fix.finding().file(), k -> new ArrayList<>());
                boolean clash = fix.edits().stream().anyMatch(e -> mine.stream().anyMatch(e::overlaps))
                        || overlapsItself(fix.edits());
                if (!clash) {
                    mine.addAll(fix.edits());
                    out.add(fix);
                }
            }
            return out;
        }

        private boolean overlapsItself(List<TextEdit> edits) {
            for (int i = 0; i < edits.size(); i++) {
                for (int j = i + 1; j < edits.size(); j++) {
                    if (edits.get(i).overlaps(edits.get(j))) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Makes the fixes, checks the whole bank again, and says whether they may be kept. */
        private Attempt attempt(State state, List<Fix> fixes) throws QbankException {
            Map<String, List<TextEdit>> editsByFile = new LinkedHashMap<>();
            for (Fix fix : fixes) {
                editsByFile.computeIfAbsent(fix.finding().file(), k -> new ArrayList<>()).addAll(fix.edits());
            }
            Map<String, String> texts = new HashMap<>(state.texts());
            Map<String, BankFile> changed = new HashMap<>();
            BankFileReader read = reader(state.bank());
            for (Map.Entry<String, List<TextEdit>> e : editsByFile.entrySet()) {
                Original o = originals.get(e.getKey());
                String text = TextEdit.apply(texts.get(e.getKey()), e.getValue());
                texts.put(e.getKey(), text);
                changed.put(e.getKey(), read.parse(e.getKey(), o.file().path(), o.bytes().encode(text)));
            }
            List<BankFile> files = new ArrayList<>();
            for (BankFile f : state.bank().files()) {
                files.add(changed.getOrDefault(f.relativePath(), f));
            }
            Bank bank = new Bank(state.bank().baseDir(), state.bank().repositoryRoot(), files);
            List<Finding> findings = qbank.findings(bank, recheck, CheckListener.silent());
            String worse = worse(state.findings(), findings, fixes);
            if (worse != null) {
                return new Attempt(null, worse);
            }
            for (Fix fix : fixes) {
                if (fix.itemStarts().isEmpty()) {
                    continue;
                }
                BankFile after = bank.file(fix.finding().file());
                Set<Integer> itemLines = new HashSet<>();
                for (OutlineNode n : after.outline().inDocumentOrder()) {
                    if (n.kind() == OutlineNode.Kind.ITEM) {
                        itemLines.add(n.line());
                    }
                }
                for (int start : fix.itemStarts()) {
                    int line = after.source().lineOf(TextEdit.map(start, editsByFile.get(fix.finding().file())));
                    if (!itemLines.contains(line)) {
                        return new Attempt(null, "with the fix, line " + line + " would still not render as a list item");
                    }
                }
            }
            return new Attempt(new State(bank, findings, texts), null);
        }

        /**
         * Why the findings after the fixes are worse than before, or {@code null}: per file and
         * rule, there must be at most as many as before, less one for each finding fixed.
         */
        private String worse(List<Finding> before, List<Finding> after, List<Fix> fixes) {
            Map<String, Integer> allowed = new HashMap<>();
            for (Finding f : before) {
                allowed.merge(f.file() + '\u0000' + f.rule(), 1, Integer::sum);
            }
            for (Fix fix : fixes) {
                allowed.merge(fix.finding().file() + '\u0000' + fix.finding().rule(), -1, Integer::sum);
            }
            Map<String, Integer> counts = new HashMap<>();
            Set<String> messagesBefore = new HashSet<>();
            before.forEach(f -> messagesBefore.add(f.file() + '\u0000' + f.rule() + '\u0000' + f.text()));
            for (Finding f : after) {
                counts.merge(f.file() + '\u0000' + f.rule(), 1, Integer::sum);
            }
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                if (e.getValue() > allowed.getOrDefault(e.getKey(), 0)) {
                    Finding example = after.stream()
                            .filter(f -> (f.file() + '\u0000' + f.rule()).equals(e.getKey()))
                            .filter(f -> !messagesBefore.contains(f.file() + '\u0000' + f.rule() + '\u0000' + f.text()))
                            .findFirst()
                            .orElse(after.stream().filter(f -> (f.file() + '\u0000' + f.rule()).equals(e.getKey()))
                                    .findFirst().orElseThrow());
                    return "the fix would give a new finding: " + example.file() + ":" + example.line() + " ("
                            + example.rule() + ") " + example.text();
                }
            }
            return null;
        }
    }
}
