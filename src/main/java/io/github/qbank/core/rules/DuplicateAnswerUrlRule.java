package io.github.qbank.core.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.github.qbank.core.Message;
import io.github.qbank.core.Severity;
import io.github.qbank.core.model.Bank;
import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.model.Reference;
import io.github.qbank.core.sections.Normalizer;
import io.github.qbank.core.sections.Section;

/**
 * Different sections whose answer links point to the same URL, compared with its fragment (one
 * answer page often holds an anchor per question: {@code answers.md#305-…} and
 * {@code answers.md#306-…} are different answers) and without regard to percent-encoding, scheme
 * and host case, default port or trailing slash; local targets by the file they name.
 *
 * <p>Only real answer links count: the link a section's title carries ({@code ### [title](url)}),
 * and links whose text matches the answer-link pattern. A bare URL in prose is not an answer link,
 * even when it is written as a link to itself ({@code [https://…/solutions](https://…/solutions)}
 * matches "Solution" only inside the address).
 *
 * <p>One finding per shared URL, on its second use, naming the other sections: a page that many
 * sections share (a "to be written" page, one page per chapter) is one defect, not one per section.
 * Not duplicates: a section heading's link repeated as its own answer link, and a sub-section that
 * repeats the link of the section it belongs to.
 */
public final class DuplicateAnswerUrlRule extends BankRule {

    /** How many other sections a finding names before it only counts the rest. */
    static final int NAMED = 5;


    /** The rule, with its default severity and description. */
    public DuplicateAnswerUrlRule() {
        super("duplicate-answer-url", Severity.ERROR, Message.of("rule.duplicate-answer-url"));
    }

    /** One section's use of a URL: its first answer link to it. */
    private record Use(Section section, Reference link) {}

    @Override
    public void check(Bank bank, BankContext context) {
        Pattern answerLink = context.analyses().answerLink();
        Map<String, Use> first = new HashMap<>();
        Map<String, List<Use>> shared = new LinkedHashMap<>();
        Map<BankFile, Set<String>> urlsOfFile = new HashMap<>();
        Map<String, Set<BankFile>> filesOfUrl = new HashMap<>();
        for (Section s : context.analyses().sections()) {
            Set<String> seen = new HashSet<>();
            for (Reference r : s.answers()) {
                if (!isAnswerLink(s, r, answerLink)) {
                    continue;
                }
                String url = Normalizer.url(r.url(), s.file().path(), bank.baseDir());
                if (url.isEmpty() || !seen.add(url)) {
                    continue;
                }
                urlsOfFile.computeIfAbsent(s.file(), f -> new HashSet<>()).add(url);
                filesOfUrl.computeIfAbsent(url, u -> new LinkedHashSet<>()).add(s.file());
                Use use = new Use(s, r);
                Use earlier = first.putIfAbsent(url, use);
                if (earlier == null || s.isWithin(earlier.section())) {
                    continue;
                }
                List<Use> uses = shared.computeIfAbsent(url, k -> new ArrayList<>(List.of(earlier)));
                if (uses.stream().noneMatch(u -> s.isWithin(u.section()))) {
                    uses.add(use);
                }
            }
        }
        Set<List<BankFile>> views = views(shared.keySet(), urlsOfFile, filesOfUrl);
        for (List<Use> uses : shared.values()) {
            List<Use> kept = new ArrayList<>();
            for (Use u : uses) {
                if (kept.stream().noneMatch(k -> views.contains(pair(k.section().file(), u.section().file())))) {
                    kept.add(u);
                }
            }
            if (kept.size() > 1) {
                report(kept, context);
            }
        }
    }

    /**
     * How many answer URLs two files must share, and the least share of one file's answer URLs the
     * other must hold, for the one to be a view of the other: a folder README or a table of
     * contents that repeats the links of the index is navigation, not sections sharing an answer,
     * and so is a translation of a file. A copy is a one-off among links that are otherwise the
     * file's own.
     */
    private static final int VIEW_SHARED = 3;

    /** URLs used by more files than this are shared pages, reported once; they do not make files views. */
    private static final int VIEW_MAX_FILES = 50;

    private static List<BankFile> pair(BankFile a, BankFile b) {
        return a.relativePath().compareTo(b.relativePath()) <= 0 ? List.of(a, b) : List.of(b, a);
    }

    /** The pairs of files one of which repeats most of the other's answer links. */
    private static Set<List<BankFile>> views(Set<String> sharedUrls, Map<BankFile, Set<String>> urlsOfFile,
            Map<String, Set<BankFile>> filesOfUrl) {
        Map<List<BankFile>, Integer> common = new HashMap<>();
        for (String url : sharedUrls) {
            List<BankFile> files = new ArrayList<>(filesOfUrl.get(url));
            if (files.size() > VIEW_MAX_FILES) {
                continue;
            }
            for (int i = 0; i < files.size(); i++) {
                for (int j = i + 1; j < files.size(); j++) {
                    common.merge(pair(files.get(i), files.get(j)), 1, Integer::sum);
                }
            }
        }
        Set<List<BankFile>> views = new HashSet<>();
        // translations: files of a shared URL whose names are one name in two languages, grouped by that name
        Map<BankFile, String> documents = new HashMap<>();
        for (String url : sharedUrls) {
            Map<String, List<BankFile>> byDocument = new HashMap<>();
            for (BankFile f : filesOfUrl.get(url)) {
                byDocument.computeIfAbsent(documents.computeIfAbsent(f, DuplicateAnswerUrlRule::document),
                        d -> new ArrayList<>()).add(f);
            }
            for (List<BankFile> same : byDocument.values()) {
                for (int i = 0; i < same.size(); i++) {
                    for (int j = i + 1; j < same.size(); j++) {
                        views.add(pair(same.get(i), same.get(j)));
                    }
                }
            }
        }
        common.forEach((p, n) -> {
            int smaller = Math.min(urlsOfFile.get(p.get(0)).size(), urlsOfFile.get(p.get(1)).size());
            if (n >= VIEW_SHARED && 2 * n >= smaller) {
                views.add(p);
            }
        });
        return views;
    }

    /** A language tag in a file name: {@code README-en.md}, {@code README_zh-CN.md}, {@code intro.en.md}. */
    private static final Pattern LANGUAGE_TAG = Pattern.compile(
            "(?i)[-_.](?:en|english|zh|cn|zh[-_]cn|zh[-_]tw|chinese|ja|ko|ru|fr|de|es|pt)(?=(?:[-_.][^/]*)?\\.md$)");

    /**
     * The document a file is one language of: its path without a language tag. Two files with one
     * document ({@code README-old.md} and {@code README-en-old.md}) share their links by design.
     */
    private static String document(BankFile file) {
        return LANGUAGE_TAG.matcher(file.relativePath()).replaceAll("");
    }

    private static void report(List<Use> list, BankContext context) {
        Use at = list.get(1);
        List<Use> others = new ArrayList<>(list);
        others.remove(1);
        String url = at.link().url().strip();
        Message title = at.section().named();
        Message message;
        if (others.size() == 1) {
            message = Message.of("duplicate-answer-url.one", title, name(others.get(0)), url);
        } else if (others.size() <= NAMED) {
            message = Message.of("duplicate-answer-url.several", title, names(others, true), url);
        } else {
            message = Message.of("duplicate-answer-url.many", title, others.size(),
                    names(others.subList(0, NAMED), false), others.size() - NAMED, url);
        }
        context.report(at.section().file(), at.link().line(), at.link().column(), message, null, url);
    }

    private static Message name(Use use) {
        Section s = use.section();
        return s.title().isEmpty() ? s.named() : Message.of("duplicate-answer-url.section", s.title(), s.where());
    }

    /** Two or more sections named in a list: {@code a, b and c} with {@code and}, else {@code a, b, c}. */
    private static Message names(List<Use> uses, boolean and) {
        Message list = name(uses.get(uses.size() - 1));
        for (int i = uses.size() - 2; i >= 0; i--) {
            Message first = name(uses.get(i));
            list = and && i == uses.size() - 2 ? Message.of("list.and", first, list)
                    : Message.of("list.comma", first, list);
        }
        return list;
    }

    /**
     * Whether {@code r}, one of the section's answers, is a real answer link: the link its title
     * carries (not a bare URL), or a link whose text, URLs left out, matches the answer pattern.
     */
    private static boolean isAnswerLink(Section s, Reference r, Pattern answerLink) {
        if (r.kind() == Reference.Kind.AUTOLINK) {
            return false;
        }
        for (Reference own : s.node().links()) {
            if (own == r) {
                return !r.showsOnlyAnAddress();
            }
        }
        return r.isAnswerLink(answerLink);
    }
}
