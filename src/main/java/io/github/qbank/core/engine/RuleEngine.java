package io.github.qbank.core.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import io.github.qbank.core.Finding;
import io.github.qbank.core.QbankException;
import io.github.qbank.core.Severity;
import io.github.qbank.core.local.LocalTargets;
import io.github.qbank.core.model.Bank;
import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.parse.BankFileReader;
import io.github.qbank.core.rules.Analyses;
import io.github.qbank.core.rules.BankContext;
import io.github.qbank.core.rules.BankRule;
import io.github.qbank.core.rules.FileContext;
import io.github.qbank.core.rules.FileRule;
import io.github.qbank.core.rules.PerFileBankRule;
import io.github.qbank.core.rules.Rule;
import io.github.qbank.core.sections.Section;

/**
 * Runs a check's rules in their two phases. While the bank is {@link #read}, every file is read
 * on every core and judged by the {@link FileRule}s, or taken with what they found from the model
 * cache. Once it is read, {@link #run} runs the {@link BankRule}s side by side and reports the file
 * rules' findings through the check's suppression comments and severities. Rules are stateless and
 * share only thread-safe views of the bank.
 */
public final class RuleEngine {

    /**
     * Worker threads get a large stack: Markdown nested thousands of levels deep must give a
     * finding, not a {@link StackOverflowError} in some recursive corner of a library.
     */
    private static final long WORKER_STACK_BYTES = 512L * 1024 * 1024;

    private final Map<Rule, Severity> running;

    /**
     * An engine for the rules a check runs.
     * @param running the rules that run, in report order, with the severity each runs with
     */
    public RuleEngine(Map<Rule, Severity> running) {
        this.running = new LinkedHashMap<>(running);
    }

    /**
     * The bank's files as read and judged by the file rules.
     * @param files    the files, in the order they were given
     * @param sections each file's sections, worked out while its whole outline was at hand
     * @param reports  per file, what the file rules reported on it
     */
    public record ReadFiles(List<BankFile> files, Map<BankFile, List<Section>> sections,
            Map<BankFile, Map<String, List<RawFinding>>> reports) {}

    /**
     * Reads every file on every core and judges each with the file rules while its whole outline is
     * at hand: a bank's outlines are never all in memory at once.
     * @param paths    the files to read
     * @param relative the path of a file as reports write it
     * @param reader   reads and parses files
     * @param cache    the model cache, or {@code null}
     * @param cutDown  whether files keep only their sections once judged, or their whole outline
     * @return the files as the check keeps them
     * @throws QbankException when reading is interrupted or fails inside qbank
     */
    public ReadFiles read(List<Path> paths, Function<Path, String> relative, BankFileReader reader, ModelCache cache,
            boolean cutDown) throws QbankException {
        FileJudge judge = new FileJudge(fileRules(), reader.answerLink(), cutDown);
        PackedFiles packing = new PackedFiles();
        List<Callable<FileJudge.Judged>> tasks = new ArrayList<>();
        for (Path p : paths) {
            String rel = relative.apply(p);
            tasks.add(() -> judge.read(rel, p, reader, cache, packing));
        }
        List<Callable<FileJudge.ReadFile>> unpacking = new ArrayList<>(paths.size());
        for (FileJudge.Judged j : inParallel(tasks, "reading the bank")) {
            unpacking.add(j::unpacked);
        }
        List<BankFile> files = new ArrayList<>();
        Map<BankFile, List<Section>> sections = new IdentityHashMap<>();
        Map<BankFile, Map<String, List<RawFinding>>> reports = new IdentityHashMap<>();
        for (FileJudge.ReadFile read : inParallel(unpacking, "reading the bank")) {
            files.add(read.file());
            sections.put(read.file(), read.sections());
            reports.put(read.file(), read.reports());
        }
        return new ReadFiles(files, sections, reports);
    }

    /**
     * Runs the rules side by side: each bank rule as one task, and the per-file bank rules and file
     * rules as one task per file, so the work spreads over every core whatever the mix of rules.
     * The file rules' findings on a file read by {@link #read} are those they reported then; on any
     * other file (a bank read whole, as {@code qbank:fix} reads it) the file rules run now. The
     * rules that judge the others' run ({@code unused-suppression}) run last, once the others are done.
     * @param bank     the bank
     * @param analyses views of the bank shared by the rules
     * @param targets  resolves local link and image targets
     * @param read     the files as {@link #read} gave them, or {@code null} when the bank was read otherwise
     * @return the findings, in no particular order
     * @throws QbankException when a rule fails inside qbank
     */
    public List<Finding> run(Bank bank, Analyses analyses, LocalTargets targets, ReadFiles read) throws QbankException {
        List<Callable<List<Finding>>> tasks = new ArrayList<>();
        List<BankRule> last = new ArrayList<>();
        Map<PerFileBankRule, Severity> perFile = new LinkedHashMap<>();
        Map<FileRule, Severity> fileRules = new LinkedHashMap<>();
        running.forEach((rule, severity) -> {
            if (rule instanceof FileRule fileRule) {
                fileRules.put(fileRule, severity);
            } else if (rule instanceof PerFileBankRule fileByFile && !fileByFile.judgesOtherRules()) {
                perFile.put(fileByFile, severity);
            } else if (rule instanceof BankRule bankRule && bankRule.judgesOtherRules()) {
                last.add(bankRule);
            } else if (rule instanceof BankRule bankRule) {
                tasks.add(() -> {
                    List<Finding> found = new ArrayList<>();
                    bankRule.check(bank, new BankContext(rule.id(), severity, targets, analyses, found));
                    return found;
                });
            }
        });
        if (!fileRules.isEmpty() || !perFile.isEmpty()) {
            for (BankFile file : bank.files()) {
                Map<String, List<RawFinding>> reported = read == null ? null : read.reports().get(file);
                tasks.add(() -> {
                    List<Finding> found = new ArrayList<>();
                    Runnable check = () -> checkFile(file, bank, fileRules, perFile, targets, analyses, reported, found);
                    if (file.source() != null) {
                        file.source().holding(check);
                    } else {
                        check.run();
                    }
                    analyses.doneWithFile(file);
                    return found;
                });
            }
        }
        List<Finding> findings = new ArrayList<>();
        inParallel(tasks, "checking the bank").forEach(findings::addAll);
        for (BankRule rule : last) {
            // after the join above: every finding the other rules dropped is recorded
            rule.check(bank, new BankContext(rule.id(), running.get(rule), targets, analyses, findings, true));
        }
        return findings;
    }

    /**
     * Judges one file: the file rules' findings are reported (or, on a file not read by
     * {@link #read}, found now), then the per-file bank rules run.
     */
    private static void checkFile(BankFile file, Bank bank, Map<FileRule, Severity> fileRules,
            Map<PerFileBankRule, Severity> perFile, LocalTargets targets, Analyses analyses,
            Map<String, List<RawFinding>> reported, List<Finding> found) {
        fileRules.forEach((rule, severity) -> {
            BankContext context = new BankContext(rule.id(), severity, targets, analyses, found);
            if (reported != null) {
                FileJudge.replay(rule, file, analyses.answerConvention(), context, reported);
            } else {
                rule.check(file, new FileContext(analyses.sections(file), () -> analyses.numbering(file),
                        analyses.answerConvention(), (line, column, message, expected, actual) ->
                                context.report(file, line, column, message, expected, actual)));
            }
        });
        perFile.forEach((rule, severity) ->
                rule.check(file, bank, new BankContext(rule.id(), severity, targets, analyses, found)));
    }

    /** The file rules that run, in report order. */
    private List<FileRule> fileRules() {
        List<FileRule> out = new ArrayList<>();
        for (Rule rule : running.keySet()) {
            if (rule instanceof FileRule fileRule) {
                out.add(fileRule);
            }
        }
        return out;
    }

    /** Runs tasks on as many worker threads as there are cores; results in task order. */
    private static <T> List<T> inParallel(List<Callable<T>> tasks, String what) throws QbankException {
        int threads = Math.max(1, Math.min(tasks.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, workerThreads());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(task));
            }
            List<T> out = new ArrayList<>(futures.size());
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QbankException(null, "interrupted while " + what, e);
        } catch (ExecutionException e) {
            throw new QbankException(null, "internal error while " + what + ": " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(null, r, "qbank-worker-" + n.incrementAndGet(), WORKER_STACK_BYTES);
            t.setDaemon(true);
            return t;
        };
    }
}
