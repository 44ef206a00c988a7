package io.github.qbank.core.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import io.github.qbank.core.Finding;
import io.github.qbank.core.OneLine;
import io.github.qbank.core.Version;
import io.github.qbank.core.baseline.TrackedFinding;
import io.github.qbank.core.check.RuleRun;
import io.github.qbank.core.links.LinkResult;
import io.github.qbank.core.model.Bank;
import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.model.OutlineNode;
import io.github.qbank.core.model.Role;

/**
 * What the HTML report shows, as plain values for the template. Everything from the bank is
 * given as text and escaped by the template engine; only http(s) URLs become links.
 */
final class HtmlReportModel {

    /** Lines shown above and below a finding's line. */
    private static final int CONTEXT = 2;

    /** Characters of a source line shown; a longer line is cut, and only this much of it copied. */
    private static final int MAX_LINE_SHOWN = 500;

    /**
     * How deep the outline's lists nest on the page; deeper sections are shown at this depth with
     * their level. Browsers flatten much deeper markup anyway (Chromium at 512 elements).
     */
    static final int MAX_SHOWN_DEPTH = 64;

    record Count(String rule, String severity, long count) {}

    record Line(int number, String text, boolean highlight) {}

    record Item(String id, String severity, String rule, String file, int line, int column, String message,
            String expected, String actual, List<Line> excerpt, String search, String status, boolean known) {}

    /**
     * One chapter or section of the outline, in document order. The template nests them without
     * recursion: {@code opens} starts a list inside the previous node, {@code closesBefore} ends
     * the previous node and that many enclosing lists.
     */
    record Node(String title, String kind, int questions, int findings, String firstFinding, int level,
            boolean opens, boolean closesPrevious, List<Boolean> closesBefore) {
        public boolean hasFindings() {
            return findings > 0;
        }

        /** Shown for a node deeper than the page nests. */
        public boolean deeperThanShown() {
            return level > MAX_SHOWN_DEPTH;
        }
    }

    record OutlineFile(String file, int findings, String firstFinding, List<Node> nodes, List<Boolean> closesAfter) {
        public boolean hasFindings() {
            return findings > 0;
        }

        public boolean hasNodes() {
            return !nodes.isEmpty();
        }
    }

    record Use(String file, int line) {}

    record Link(String url, String href, String verdict, String status, String time, String redirect,
            String redirectHref, String detail, List<Use> uses) {}

    final String version = Version.get();
    final String project;
    final boolean passed;
    final String status;
    final String failOn;
    final long errors;
    final long warnings;
    final Bank.Stats stats;
    final long durationMs;
    final String answers;
    final String runId;
    final String startedAt;
    final List<Count> byRule = new ArrayList<>();
    final List<Item> findings = new ArrayList<>();
    final List<String> rules;
    final List<String> files;
    final List<OutlineFile> outline = new ArrayList<>();
    final List<Link> links = new ArrayList<>();
    final String script;
    final String scriptHash;

    HtmlReportModel(ReportInput input, String script) {
        var result = input.result();
        this.project = input.config().baseDir().getFileName() == null ? "bank"
                : input.config().baseDir().getFileName().toString();
        this.passed = !result.failed();
        this.status = passed ? "passed" : "failed";
        this.failOn = input.config().failOn().id();
        this.errors = result.errors();
        this.warnings = result.warnings();
        this.stats = result.bank().stats();
        this.durationMs = result.durationMs();
        this.answers = result.answers().reason();
        this.runId = result.runId();
        this.startedAt = result.startedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        this.script = script;
        this.scriptHash = sha256(script);

        Map<String, Long> counts = new TreeMap<>();
        for (Finding f : result.findings()) {
            counts.merge(f.rule(), 1L, Long::sum);
        }
        for (RuleRun rule : result.rules()) {
            Long c = counts.get(rule.id());
            if (c != null) {
                byRule.add(new Count(rule.id(), rule.severity().id(), c));
            }
        }
        TreeSet<String> ruleIds = new TreeSet<>();
        TreeSet<String> fileNames = new TreeSet<>();
        Map<String, String> firstByFile = new LinkedHashMap<>();
        // findings name files as OneLine writes them
        Map<String, BankFile> filesByName = new java.util.HashMap<>();
        for (BankFile file : result.bank().files()) {
            filesByName.put(OneLine.of(file.relativePath()), file);
        }
        int n = 0;
        for (TrackedFinding t : result.tracked()) {
            Finding f = t.finding();
            String id = "f-" + (++n);
            ruleIds.add(f.rule());
            fileNames.add(f.file());
            firstByFile.putIfAbsent(f.file(), id);
            findings.add(new Item(id, f.severity().id(), f.rule(), f.file(), f.line(), f.column(), f.message(),
                    f.expected(), f.actual(), excerpt(filesByName.get(f.file()), f.line()),
                    (f.file() + " " + f.rule() + " " + f.message()).toLowerCase(Locale.ROOT), t.status(), t.known()));
        }
        this.rules = List.copyOf(ruleIds);
        this.files = List.copyOf(fileNames);
        buildOutline(result.bank(), result.findings());
        for (LinkResult l : result.links()) {
            List<Use> uses = l.occurrences().stream().map(o -> new Use(o.file(), o.line())).toList();
            links.add(new Link(l.url(), webHref(l.url()), l.verdict().id(),
                    l.status() == null ? "" : l.status().toString(), l.timeMs() == null ? "" : l.timeMs() + " ms",
                    l.redirect(), webHref(l.redirect()), l.detail(), uses));
        }
    }

    /** The URL if it may be a live link (http or https), else {@code null}: never {@code javascript:}. */
    static String webHref(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip().toLowerCase(Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://") ? url.strip() : null;
    }

    private static List<Line> excerpt(BankFile file, int line) {
        List<Line> out = new ArrayList<>();
        if (file == null || !file.readable()) {
            return out;
        }
        int from = Math.max(1, line - CONTEXT);
        int to = Math.min(file.source().lineCount(), line + CONTEXT);
        for (int i = from; i <= to; i++) {
            String text = file.source().linePrefix(i, MAX_LINE_SHOWN);
            boolean cut = file.source().lineLength(i) > MAX_LINE_SHOWN;
            out.add(new Line(i, cut ? text + " …" : text, i == line));
        }
        return out;
    }

    /**
     * Chapters and sections per file, each with its questions and the findings within it. One
     * pass over each file's outline, without recursion: a bank may nest thousands of levels deep,
     * and reports are written on the caller's thread, whose stack is small.
     */
    private void buildOutline(Bank bank, List<Finding> all) {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        Map<Finding, String> ids = new IdentityHashMap<>();
        int n = 0;
        for (Finding f : all) {
            ids.put(f, "f-" + (++n));
            byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
        }
        for (BankFile file : bank.files()) {
            String name = OneLine.of(file.relativePath());
            List<Finding> fileFindings = byFile.getOrDefault(name, List.of());
            List<OutlineNode> order = file.outline().inDocumentOrder();
            List<OutlineNode> starts = new ArrayList<>();
            for (OutlineNode o : order) {
                if (isShown(o)) {
                    starts.add(o);
                }
            }
            Map<OutlineNode, List<Finding>> owned = owners(starts, fileFindings);
            Map<OutlineNode, Integer> questions = questionCounts(order);
            List<Node> nodes = new ArrayList<>();
            // the depth at which a node's shown descendants stand: one more than its nearest shown ancestor's
            Map<OutlineNode, Integer> childLevel = new IdentityHashMap<>();
            int previous = 0;
            for (OutlineNode o : order) {
                OutlineNode parent = o.parent();
                int level = parent == null ? 0 : childLevel.getOrDefault(parent, 0);
                if (isShown(o)) {
                    List<Finding> mine = owned.getOrDefault(o, List.of());
                    int shown = Math.min(level, MAX_SHOWN_DEPTH);
                    boolean first = nodes.isEmpty();
                    boolean opens = !first && shown > previous;
                    nodes.add(new Node(o.text().strip(), o.role() == Role.CHAPTER ? "chapter" : "section",
                            questions.getOrDefault(o, 0), mine.size(), mine.isEmpty() ? null : ids.get(mine.get(0)),
                            level + 1, opens, !first && !opens, marks(first || opens ? 0 : previous - shown)));
                    previous = shown;
                    level++;
                }
                if (!o.children().isEmpty()) {
                    childLevel.put(o, level);
                }
            }
            String first = fileFindings.isEmpty() ? null : ids.get(fileFindings.get(0));
            outline.add(new OutlineFile(name, fileFindings.size(), first, nodes,
                    marks(nodes.isEmpty() ? 0 : previous)));
        }
    }

    private static boolean isShown(OutlineNode o) {
        return o.role() == Role.CHAPTER || o.role() == Role.SECTION;
    }

    /** Each finding belongs to the last chapter or section that starts on or before its line. */
    private static Map<OutlineNode, List<Finding>> owners(List<OutlineNode> starts, List<Finding> findings) {
        Map<OutlineNode, List<Finding>> owned = new IdentityHashMap<>();
        if (starts.isEmpty()) {
            return owned;
        }
        // document order is line order, so the starts' lines never decrease
        for (Finding f : findings) {
            int lo = 0;
            int hi = starts.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts.get(mid).line() <= f.line()) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            if (lo > 0) {
                owned.computeIfAbsent(starts.get(lo - 1), k -> new ArrayList<>()).add(f);
            }
        }
        return owned;
    }

    /** The questions below each node, counted in one pass from the deepest nodes up. */
    private static Map<OutlineNode, Integer> questionCounts(List<OutlineNode> order) {
        Map<OutlineNode, Integer> counts = new IdentityHashMap<>();
        for (int i = order.size() - 1; i >= 0; i--) {
            OutlineNode o = order.get(i);
            int below = counts.getOrDefault(o, 0);
            OutlineNode parent = o.parent();
            if (parent != null) {
                int mine = below + (o.role() == Role.QUESTION ? 1 : 0);
                if (mine > 0) {
                    counts.merge(parent, mine, Integer::sum);
                }
            }
        }
        return counts;
    }

    /** A list of {@code n} items, for the template to repeat a closing tag. */
    private static List<Boolean> marks(int n) {
        return n <= 0 ? List.of() : java.util.Collections.nCopies(n, Boolean.TRUE);
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    boolean hasFindings() {
        return !findings.isEmpty();
    }

    boolean hasLinks() {
        return !links.isEmpty();
    }

    String severityCount() {
        return errors + (errors == 1 ? " error" : " errors") + ", " + warnings + (warnings == 1 ? " warning" : " warnings");
    }
}
