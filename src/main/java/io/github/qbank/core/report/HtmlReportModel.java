package io.github.qbank.core.report;

import java.net.URLEncoder;
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

import io.github.qbank.core.Counts;
import io.github.qbank.core.Finding;
import io.github.qbank.core.Message;
import io.github.qbank.core.OneLine;
import io.github.qbank.core.Severity;
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

    /**
     * Up to this many findings each card carries the lines around its own, so the page shows them
     * without script; beyond it they are written once as data and the script adds them, which keeps
     * a page of thousands of findings small.
     */
    static final int CONTEXT_IN_PAGE_UP_TO = 500;

    /** Up to this many findings every group starts open; beyond it only the small groups do. */
    static final int OPEN_ALL_UP_TO = 100;

    /** A group of up to this many findings starts open. */
    static final int OPEN_GROUP_UP_TO = 20;

    /** Up to this many files the summary's table of files starts open. */
    static final int OPEN_FILES_UP_TO = 12;

    /** A rule with findings, as the summary lists it; {@code fragment} filters the page to it. */
    record RuleRow(String rule, String severity, String severityLabel, long count, long fresh, long known,
            String description, String helpUri, String fragment) {}

    /** A file with findings, as the summary lists it. */
    record FileRow(String file, long errors, long warnings, String fragment) {}

    /** The findings of one rule, shown as one collapsible group; small groups start open. */
    record Group(String rule, String severity, String severityLabel, int count, String description, String helpUri,
            boolean open, List<Item> items) {}

    record Line(int number, String text, boolean highlight) {}

    /**
     * One finding. {@code source} is its own line and, in a page of up to
     * {@link #CONTEXT_IN_PAGE_UP_TO} findings, the lines around it; in a larger page the lines
     * around it come from {@link #sourceLines}, where each line is written once however many
     * findings show it. Empty when the file could not be read.
     */
    record Item(String id, String severity, String severityLabel, String rule, String file, int line, int column,
            String message, String expected, String actual, List<Line> source, String status, boolean known) {
        public boolean hasValues() {
            return expected != null || actual != null;
        }

        public boolean hasSource() {
            return !source.isEmpty();
        }
    }

    /**
     * One chapter or section of the outline, in document order. The template nests them without
     * recursion: {@code opens} starts a list inside the previous node, {@code closesBefore} ends
     * the previous node and that many enclosing lists. {@code severity} is the worst of its
     * findings', the colour of its marker; {@code questionCount}, {@code levelText} and
     * {@code markerTitle} are its texts in the report's language.
     */
    record Node(String title, String kind, int questions, String questionCount, int findings, String severity,
            String firstFinding, int level, String levelText, String markerTitle, boolean opens, boolean closesPrevious,
            List<Boolean> closesBefore) {
        public boolean hasFindings() {
            return findings > 0;
        }
    }

    record OutlineFile(String file, int findings, String severity, String firstFinding, List<Node> nodes, List<Boolean> closesAfter) {
        public boolean hasFindings() {
            return findings > 0;
        }

        public boolean hasNodes() {
            return !nodes.isEmpty();
        }
    }

    record Use(String file, int line) {}

    record Link(String url, String href, String verdict, String verdictLabel, String status, String time,
            String redirect, String redirectHref, String detail, String archive, String archiveHref, List<Use> uses) {}

    final String version = Version.get();
    final Locale locale;
    /** The page's language, {@code en} or {@code zh-CN}, for {@code <html lang>}. */
    final String lang;
    /** The page's fixed words in its language, by name: {@code {{t.outline}}}. */
    final Map<String, String> t;
    final String project;
    final boolean passed;
    final String status;
    final String statusLabel;
    final String title;
    final String heading;
    final String headline;
    final String run;
    final String filesWithFindings;
    final String failOn;
    final long errors;
    final long warnings;
    final Bank.Stats stats;
    final long durationMs;
    final String answers;
    final String runId;
    final String startedAt;
    final boolean baseline;
    final List<RuleRow> byRule = new ArrayList<>();
    final List<FileRow> byFile = new ArrayList<>();
    final List<Group> groups = new ArrayList<>();
    final int findingCount;
    final List<String> rules;
    final List<String> files;
    final List<OutlineFile> outline = new ArrayList<>();
    final List<Link> links = new ArrayList<>();
    final String sourceLines;
    final String script;
    final String scriptHash;

    HtmlReportModel(ReportInput input, String script, int contextInPageUpTo) {
        var result = input.result();
        this.locale = input.config().locale();
        this.lang = locale.toLanguageTag();
        this.t = texts(locale);
        this.project = input.config().baseDir().getFileName() == null ? "bank"
                : input.config().baseDir().getFileName().toString();
        this.passed = !result.failed();
        this.status = passed ? "passed" : "failed";
        this.statusLabel = text(passed ? Message.of("html.status.passed") : Message.of("html.status.failed"));
        this.title = text(Message.of("html.title", project, statusLabel));
        this.heading = text(Message.of("html.heading", project));
        this.failOn = input.config().failOn().id();
        this.errors = result.errors();
        this.warnings = result.warnings();
        this.stats = result.bank().stats();
        this.durationMs = result.durationMs();
        this.answers = text(result.answers().explanation());
        this.runId = result.runId();
        this.startedAt = result.startedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        this.headline = text(Message.of("html.headline",
                Message.of("console.counts", Counts.errors(errors), Counts.warnings(warnings)), failOn, durationMs));
        this.run = text(Message.of("html.run", runId, startedAt));
        this.script = script;
        this.scriptHash = sha256(script);
        this.baseline = result.known() > 0 || result.fixed() > 0;
        this.findingCount = result.tracked().size();

        // findings name files as OneLine writes them
        Map<String, BankFile> filesByName = new java.util.HashMap<>();
        for (BankFile file : result.bank().files()) {
            filesByName.put(OneLine.of(file.relativePath()), file);
        }
        Map<String, List<Item>> itemsByRule = new LinkedHashMap<>();
        Map<String, long[]> fileCounts = new TreeMap<>();
        Map<String, Map<Integer, String>> context = new TreeMap<>();
        boolean contextInPage = result.tracked().size() <= contextInPageUpTo;
        int n = 0;
        for (TrackedFinding t : result.tracked()) {
            Finding f = t.finding();
            BankFile file = filesByName.get(f.file());
            Line own = sourceLine(file, f.line(), true);
            List<Line> shown = own == null ? List.of() : contextInPage ? linesAround(file, own) : List.of(own);
            Item item = new Item("f-" + (++n), f.severity().id(), severityLabel(f.severity().id()), f.rule(), f.file(),
                    f.line(), f.column(), f.text(locale), shownValue(f.expected()), shownValue(f.actual()), shown, t.status(), t.known());
            if (!contextInPage && own != null) {
                collectContext(file, f.file(), own, context);
            }
            itemsByRule.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(item);
            fileCounts.computeIfAbsent(f.file(), k -> new long[2])[f.severity() == Severity.ERROR ? 0 : 1]++;
        }
        this.sourceLines = SourceLinesJson.write(context);
        this.filesWithFindings = text(Message.of("html.in-parentheses", Counts.files(fileCounts.size())));
        for (var e : fileCounts.entrySet()) {
            byFile.add(new FileRow(e.getKey(), e.getValue()[0], e.getValue()[1], fragment("file", e.getKey())));
        }
        // the rules in registry order, then any rule the registry does not list, by id
        Map<String, RuleRun> runs = new LinkedHashMap<>();
        for (RuleRun rule : result.rules()) {
            runs.put(rule.id(), rule);
        }
        List<String> order = new ArrayList<>(runs.keySet());
        new TreeSet<>(itemsByRule.keySet()).stream().filter(id -> !runs.containsKey(id)).forEach(order::add);
        boolean fewFindings = findingCount <= OPEN_ALL_UP_TO;
        for (String id : order) {
            List<Item> items = itemsByRule.get(id);
            if (items == null) {
                continue;
            }
            RuleRun run = runs.get(id);
            String severity = worst(items.stream().map(Item::severity).toList());
            long known = items.stream().filter(Item::known).count();
            String description = run == null ? "" : run.description(locale);
            String helpUri = run == null ? null : webHref(run.helpUri());
            String label = severityLabel(severity);
            byRule.add(new RuleRow(id, severity, label, items.size(), items.size() - known, known, description, helpUri,
                    fragment("rule", id)));
            groups.add(new Group(id, severity, label, items.size(), description, helpUri,
                    fewFindings || items.size() <= OPEN_GROUP_UP_TO, items));
        }
        this.rules = List.copyOf(new TreeSet<>(itemsByRule.keySet()));
        this.files = List.copyOf(fileCounts.keySet());
        buildOutline(result.bank(), result.findings());
        for (LinkResult l : result.links()) {
            List<Use> uses = l.occurrences().stream().map(o -> new Use(o.file(), o.line())).toList();
            links.add(new Link(l.url(), webHref(l.url()), l.verdict().id(), t.getOrDefault("verdict-" + l.verdict().id(), l.verdict().id()),
                    l.status() == null ? "" : l.status().toString(), l.timeMs() == null ? "" : l.timeMs() + " ms",
                    l.redirect(), webHref(l.redirect()), l.detail() == null ? null : l.detail().text(locale), l.archive(),
                    webHref(l.archive()), uses));
        }
    }

    /**
     * A page fragment that filters the findings, {@code #file=docs%2Fa+b.md}: form-encoded, as the
     * page's script reads it with {@code URLSearchParams}.
     */
    static String fragment(String key, String value) {
        return "#" + key + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** {@code error} if any of the severities is, else {@code warning}. */
    private static String worst(List<String> severities) {
        return severities.contains(Severity.ERROR.id()) ? Severity.ERROR.id() : Severity.WARNING.id();
    }

    /** The URL if it may be a live link (http or https), else {@code null}: never {@code javascript:}. */
    static String webHref(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip().toLowerCase(Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://") ? url.strip() : null;
    }

    /** The line as the page shows it (a long line cut), or {@code null} if the file could not be read. */
    private static Line sourceLine(BankFile file, int line, boolean highlight) {
        if (file == null || !file.readable() || line < 1 || line > file.source().lineCount()) {
            return null;
        }
        String text = file.source().linePrefix(line, MAX_LINE_SHOWN);
        boolean cut = file.source().lineLength(line) > MAX_LINE_SHOWN;
        return new Line(line, cut ? text + " …" : text, highlight);
    }

    /** A finding's own line with the lines above and below it, as the card shows them. */
    private static List<Line> linesAround(BankFile file, Line own) {
        List<Line> lines = new ArrayList<>(2 * CONTEXT + 1);
        for (int i = own.number() - CONTEXT; i <= own.number() + CONTEXT; i++) {
            Line shown = i == own.number() ? own : sourceLine(file, i, false);
            if (shown != null) {
                lines.add(shown);
            }
        }
        return lines;
    }

    /** The lines around a finding's, for the page's script to show above and below it. */
    private static void collectContext(BankFile file, String name, Line own, Map<String, Map<Integer, String>> into) {
        Map<Integer, String> lines = into.computeIfAbsent(name, k -> new TreeMap<>());
        for (Line shown : linesAround(file, own)) {
            if (!shown.highlight()) {
                lines.putIfAbsent(shown.number(), shown.text());
            }
        }
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
                    boolean chapter = o.role() == Role.CHAPTER;
                    int count = questions.getOrDefault(o, 0);
                    nodes.add(new Node(o.text().strip(), chapter ? "chapter" : "section",
                            count, count == 0 ? null : text(Message.of("html.outline.questions", count)),
                            mine.size(), worstOf(mine), mine.isEmpty() ? null : ids.get(mine.get(0)),
                            level + 1, level + 1 > MAX_SHOWN_DEPTH ? text(Message.of("html.outline.level", level + 1)) : null,
                            chapter ? t.get("findings-in-chapter") : t.get("findings-in-section"),
                            opens, !first && !opens, marks(first || opens ? 0 : previous - shown)));
                    previous = shown;
                    level++;
                }
                if (!o.children().isEmpty()) {
                    childLevel.put(o, level);
                }
            }
            String first = fileFindings.isEmpty() ? null : ids.get(fileFindings.get(0));
            outline.add(new OutlineFile(name, fileFindings.size(), worstOf(fileFindings), first, nodes,
                    marks(nodes.isEmpty() ? 0 : previous)));
        }
    }

    private static String worstOf(List<Finding> findings) {
        return findings.isEmpty() ? null : worst(findings.stream().map(f -> f.severity().id()).toList());
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
            if (o.prunedQuestions() > 0) {
                counts.merge(o, o.prunedQuestions(), Integer::sum);
            }
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
        return findingCount > 0;
    }

    boolean manyFiles() {
        return byFile.size() > OPEN_FILES_UP_TO;
    }

    boolean hasLinks() {
        return !links.isEmpty();
    }

    private String text(Message message) {
        return message.text(locale);
    }

    /**
     * A finding's value as the page shows it: the few values that are words rather than text from
     * the bank (list-structure's and missing-answer-link's) in the page's language; the JSON keeps them
     * as they are.
     */
    private String shownValue(String value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "list item" -> text(Message.of("value.list-item"));
            case "paragraph text" -> text(Message.of("value.paragraph-text"));
            case "code block" -> text(Message.of("value.code-block"));
            case "answer link" -> text(Message.of("value.answer-link"));
            default -> value;
        };
    }

    private String severityLabel(String severity) {
        return t.get(severity);
    }

    /**
     * The page's fixed words: headings, table heads, labels, filters, titles. The page's script reads
     * its words from data attributes, so that the script, whose hash the page's policy allows, is the
     * same in every language.
     */
    private static Map<String, String> texts(Locale locale) {
        Map<String, String> t = new java.util.HashMap<>();
        t.put("nav", Message.of("html.nav").text(locale));
        t.put("summary", Message.of("html.summary").text(locale));
        t.put("findings", Message.of("html.findings").text(locale));
        t.put("outline", Message.of("html.outline").text(locale));
        t.put("links", Message.of("html.links").text(locale));
        t.put("error", Message.of("severity.error").text(locale));
        t.put("warning", Message.of("severity.warning").text(locale));
        t.put("errors", Message.of("html.card.errors").text(locale));
        t.put("warnings", Message.of("html.card.warnings").text(locale));
        t.put("files", Message.of("html.card.files").text(locale));
        t.put("chapters", Message.of("html.card.chapters").text(locale));
        t.put("sections", Message.of("html.card.sections").text(locale));
        t.put("questions", Message.of("html.card.questions").text(locale));
        t.put("card-links", Message.of("html.card.links").text(locale));
        t.put("archived-copy", Message.of("html.archived-copy").text(locale));
        t.put("images", Message.of("html.card.images").text(locale));
        t.put("by-rule", Message.of("html.by-rule").text(locale));
        t.put("by-file", Message.of("html.by-file").text(locale));
        t.put("rule", Message.of("console.column.rule").text(locale));
        t.put("severity", Message.of("console.column.severity").text(locale));
        t.put("count", Message.of("html.column.findings").text(locale));
        t.put("new", Message.of("console.column.new").text(locale));
        t.put("known", Message.of("console.column.known").text(locale));
        t.put("documentation", Message.of("html.column.documentation").text(locale));
        t.put("file", Message.of("html.column.file").text(locale));
        t.put("group-by", Message.of("html.filter.group-by").text(locale));
        t.put("group-by-rule", Message.of("html.filter.by-rule").text(locale));
        t.put("group-by-file", Message.of("html.filter.by-file").text(locale));
        t.put("all-rules", Message.of("html.filter.all-rules").text(locale));
        t.put("all-severities", Message.of("html.filter.all-severities").text(locale));
        t.put("new-or-known", Message.of("html.filter.new-or-known").text(locale));
        t.put("new-and-known", Message.of("html.filter.new-and-known").text(locale));
        t.put("all-files", Message.of("html.filter.all-files").text(locale));
        t.put("search", Message.of("html.filter.search").text(locale));
        t.put("search-placeholder", Message.of("html.filter.search-placeholder").text(locale));
        t.put("expand-all", Message.of("html.filter.expand-all").text(locale));
        t.put("collapse-all", Message.of("html.filter.collapse-all").text(locale));
        t.put("shown-of", Message.of("html.shown-of", "{0}", "{1}").text(locale));
        t.put("shown-all", Message.of("html.shown-all", "{0}").text(locale));
        t.put("how-to-fix", Message.of("html.how-to-fix").text(locale));
        t.put("known-title", Message.of("html.known-title").text(locale));
        t.put("new-title", Message.of("html.new-title").text(locale));
        t.put("expected", Message.of("html.expected").text(locale));
        t.put("found", Message.of("html.found").text(locale));
        t.put("no-findings", Message.of("html.no-findings").text(locale));
        t.put("findings-in-file", Message.of("html.findings-in-file").text(locale));
        t.put("findings-in-chapter", Message.of("html.findings-in-chapter").text(locale));
        t.put("findings-in-section", Message.of("html.findings-in-section").text(locale));
        t.put("url", Message.of("html.column.url").text(locale));
        t.put("result", Message.of("html.column.result").text(locale));
        t.put("status", Message.of("html.column.status").text(locale));
        t.put("time", Message.of("html.column.time").text(locale));
        t.put("redirect", Message.of("html.column.redirect").text(locale));
        t.put("used-at", Message.of("html.column.used-at").text(locale));
        t.put("verdict-alive", Message.of("html.verdict.alive").text(locale));
        t.put("verdict-dead", Message.of("html.verdict.dead").text(locale));
        t.put("verdict-unverifiable", Message.of("html.verdict.unverifiable").text(locale));
        t.put("verdict-skipped", Message.of("html.verdict.skipped").text(locale));
        t.put("no-links", Message.of("html.no-links").text(locale));
        return Map.copyOf(t);
    }
}
