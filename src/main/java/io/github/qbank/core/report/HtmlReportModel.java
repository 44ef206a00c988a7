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

    record Count(String rule, String severity, long count) {}

    record Line(int number, String text, boolean highlight) {}

    record Item(String id, String severity, String rule, String file, int line, int column, String message,
            String expected, String actual, List<Line> excerpt, String search, String status, boolean known) {}

    record Node(String title, String kind, int questions, int findings, String firstFinding, List<Node> children) {
        public boolean hasFindings() {
            return findings > 0;
        }

        public boolean hasChildren() {
            return !children.isEmpty();
        }
    }

    record OutlineFile(String file, int findings, String firstFinding, List<Node> nodes) {
        public boolean hasFindings() {
            return findings > 0;
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
        int n = 0;
        for (TrackedFinding t : result.tracked()) {
            Finding f = t.finding();
            String id = "f-" + (++n);
            ruleIds.add(f.rule());
            fileNames.add(f.file());
            firstByFile.putIfAbsent(f.file(), id);
            findings.add(new Item(id, f.severity().id(), f.rule(), f.file(), f.line(), f.column(), f.message(),
                    f.expected(), f.actual(), excerpt(result.bank().file(f.file()), f.line()),
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
            String text = file.source().line(i);
            out.add(new Line(i, text.length() > 500 ? text.substring(0, 500) + " …" : text, i == line));
        }
        return out;
    }

    /** Chapters and sections per file, each with its questions and the findings within it. */
    private void buildOutline(Bank bank, List<Finding> all) {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        Map<Finding, String> ids = new IdentityHashMap<>();
        int n = 0;
        for (Finding f : all) {
            ids.put(f, "f-" + (++n));
            byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
        }
        for (BankFile file : bank.files()) {
            List<Finding> fileFindings = byFile.getOrDefault(file.relativePath(), List.of());
            // each finding belongs to the last chapter or section that starts before it
            List<OutlineNode> starts = new ArrayList<>();
            for (OutlineNode o : file.outline().inDocumentOrder()) {
                if (o.role() == Role.CHAPTER || o.role() == Role.SECTION) {
                    starts.add(o);
                }
            }
            Map<OutlineNode, List<Finding>> owned = new IdentityHashMap<>();
            for (Finding f : fileFindings) {
                OutlineNode owner = null;
                for (OutlineNode s : starts) {
                    if (s.line() <= f.line()) {
                        owner = s;
                    }
                }
                if (owner != null) {
                    owned.computeIfAbsent(owner, k -> new ArrayList<>()).add(f);
                }
            }
            List<Node> nodes = nodes(file.outline(), owned, ids);
            String first = fileFindings.isEmpty() ? null : ids.get(fileFindings.get(0));
            outline.add(new OutlineFile(file.relativePath(), fileFindings.size(), first, nodes));
        }
    }

    private static List<Node> nodes(OutlineNode parent, Map<OutlineNode, List<Finding>> owned,
            Map<Finding, String> ids) {
        List<Node> out = new ArrayList<>();
        for (OutlineNode c : parent.children()) {
            if (c.role() == Role.CHAPTER || c.role() == Role.SECTION) {
                List<Finding> mine = owned.getOrDefault(c, List.of());
                out.add(new Node(c.text().strip(), c.role() == Role.CHAPTER ? "chapter" : "section", questions(c),
                        mine.size(), mine.isEmpty() ? null : ids.get(mine.get(0)), nodes(c, owned, ids)));
            } else {
                out.addAll(nodes(c, owned, ids));
            }
        }
        return out;
    }

    /** The questions below a chapter or section. */
    private static int questions(OutlineNode node) {
        return (int) node.inDocumentOrder().stream().filter(o -> o.role() == Role.QUESTION).count();
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
