package io.github.qbank.core.rules;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.qbank.core.Message;
import io.github.qbank.core.Severity;
import io.github.qbank.core.model.Bank;
import io.github.qbank.core.sections.Normalizer;
import io.github.qbank.core.sections.RepeatedQuestions;
import io.github.qbank.core.sections.Section;

/**
 * A section title that repeats under the same parent, or a linked section title that repeats
 * anywhere in the project. Titles are compared normalised (see
 * {@link io.github.qbank.core.sections.Normalizer#text}). Not duplicates: a section that repeats
 * the title of the chapter or section it belongs to ({@code ## 一、X} then {@code ### [X](url)}),
 * and the same unlinked title under different parents ({@code ### 一面}, {@code #### C++}).
 */
public final class DuplicateSectionRule extends BankRule {

    /** The rule, with its default severity and description. */
    public DuplicateSectionRule() {
        super("duplicate-section", Severity.ERROR, Message.of("rule.duplicate-section"));
    }

    private record ParentAndTitle(Object parent, String title) {}

    private record TitleAndUrl(String title, String url) {}

    /** How often a title repeats under one parent before it may be a label: two or three alike are copies. */
    private static final int LABEL_REPEATS = 4;

    private static Object parentOf(Section s) {
        return s.parent() != null ? s.parent() : s.file();
    }

    /**
     * The parents more than half of whose sections have a title that {@value #LABEL_REPEATS} or more
     * siblings share: their titles are labels the bank is built from ({@code Answer: B} after every
     * question), not copies. A copy is a one-off among sibling titles that are otherwise unique.
     */
    private static Set<Object> parentsBuiltOfLabels(Map<ParentAndTitle, Integer> repeats) {
        Map<Object, int[]> repeatedAndAll = new HashMap<>();
        repeats.forEach((pt, n) -> {
            int[] counts = repeatedAndAll.computeIfAbsent(pt.parent(), k -> new int[2]);
            counts[0] += n >= LABEL_REPEATS ? n : 0;
            counts[1] += n;
        });
        Set<Object> out = new HashSet<>();
        repeatedAndAll.forEach((parent, counts) -> {
            if (2 * counts[0] > counts[1]) {
                out.add(parent);
            }
        });
        return out;
    }

    /**
     * Words by which a title points at what is shown with it ({@code 下面的代码有什么问题？},
     * {@code What does the following print?}): two such titles are two questions when their
     * answers differ.
     */
    private static final java.util.regex.Pattern POINTS_AT_CONTENT = java.util.regex.Pattern.compile(
            "下面|以下|如下|下列|下述|上面|上述|这段|该程序|这个程序|运行|输出|(?i:following|below|above|this code|the code)");

    @Override
    public void check(Bank bank, BankContext context) {
        Map<ParentAndTitle, Section> underParent = new HashMap<>();
        Map<TitleAndUrl, Section> linked = new HashMap<>();
        List<Section> sections = context.analyses().sections();
        String[] titles = new String[sections.size()];
        // only a title that repeats can repeat with the same answer: the others' links are not normalised
        Map<String, Integer> linkedTitles = new HashMap<>();
        Map<ParentAndTitle, Integer> repeats = new HashMap<>();
        for (int i = 0; i < titles.length; i++) {
            Section s = sections.get(i);
            titles[i] = s.normalizedTitle();
            if (s.questionCount() > 0 && !titles[i].isEmpty()) {
                linkedTitles.merge(titles[i], 1, Integer::sum);
            }
            repeats.merge(new ParentAndTitle(parentOf(s), titles[i]), 1, Integer::sum);
        }
        Set<Object> builtOfLabels = parentsBuiltOfLabels(repeats);
        for (int i = 0; i < titles.length; i++) {
            Section s = sections.get(i);
            String title = titles[i];
            Object parent = parentOf(s);
            if (title.isEmpty() || builtOfLabels.contains(parent)) {
                continue;
            }
            Section same = underParent.putIfAbsent(new ParentAndTitle(parent, title), s);
            // a linked title with nothing under it is one question (### [1.2 What is X?](answer)); two
            // companies asking it under their own chapters is the bank's shape, not a copy
            String url = s.questionCount() == 0 || linkedTitles.get(title) < 2 ? null : titleUrl(s, bank);
            Section earlierLinked = url != null ? linked.putIfAbsent(new TitleAndUrl(title, url), s) : null;
            if (same != null && !differentContent(same, s, bank)) {
                context.report(s.file(), s.node().line(), s.node().column(), s.parent() == null
                        ? Message.of("duplicate-section.repeats-top-level", s.title(), same.title(), same.where())
                        : Message.of("duplicate-section.repeats-under-parent", s.title(), same.title(), same.where(),
                                s.parent().named()), null, s.title());
            } else if (same == null && earlierLinked != null && !s.isWithin(earlierLinked)) {
                context.report(s.file(), s.node().line(), s.node().column(),
                        Message.of("duplicate-section.repeats-linked", s.title(), earlierLinked.title(),
                                earlierLinked.where(), url), null, s.title());
            }
        }
    }

    /** The answer the title links to, as compared, or {@code null} for a title that is no link. */
    private static String titleUrl(Section s, Bank bank) {
        return s.node().links().stream().filter(r -> !r.isImage()).findFirst()
                .map(r -> Normalizer.url(r.url(), s.file().path(), bank.baseDir())).orElse(null);
    }

    /** The title's link as written, fragment included: one answer page holds an anchor per question. */
    private static String writtenTitleUrl(Section s) {
        return s.node().links().stream().filter(r -> !r.isImage()).findFirst().map(r -> r.url().strip()).orElse(null);
    }

    /**
     * Two titles that point at what is shown with them ({@code 下面代码有什么问题?}) are two
     * questions unless they link the same answer or, unlinked, show the same thing below them.
     */
    private static boolean differentContent(Section a, Section b, Bank bank) {
        if (!POINTS_AT_CONTENT.matcher(b.title()).find()) {
            return false;
        }
        String ua = writtenTitleUrl(a);
        String ub = writtenTitleUrl(b);
        if (ua != null || ub != null) {
            return ua == null || !ua.equals(ub);
        }
        return RepeatedQuestions.similarity(shown(a), shown(b)) < SAME_SHOWN;
    }

    /** Bigram similarity from which what two titles show counts as the same (copies differ in spacing and quotes). */
    private static final double SAME_SHOWN = 0.8;

    /** How much of what a title shows below it is compared, in characters without white space. */
    private static final int SHOWN_LENGTH = 400;

    /** What stands below a heading up to the next heading, white space dropped, cut at {@link #SHOWN_LENGTH}. */
    private static String shown(Section s) {
        StringBuilder out = new StringBuilder();
        int last = s.file().source().lineCount();
        for (int line = s.node().line() + 1; line <= last && out.length() < SHOWN_LENGTH; line++) {
            String text = s.file().source().line(line);
            String trimmed = text.stripLeading();
            if (trimmed.startsWith("#") || trimmed.regionMatches(true, 0, "<h", 0, 2) && trimmed.length() > 2
                    && Character.isDigit(trimmed.charAt(2))) {
                break;
            }
            text.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(out::appendCodePoint);
        }
        return out.length() > SHOWN_LENGTH ? out.substring(0, SHOWN_LENGTH) : out.toString();
    }
}
