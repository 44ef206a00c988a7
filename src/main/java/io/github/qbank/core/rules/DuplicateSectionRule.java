package io.github.qbank.core.rules;

import java.util.HashMap;
import java.util.Map;

import io.github.qbank.core.Severity;
import io.github.qbank.core.model.Bank;
import io.github.qbank.core.sections.Section;

/**
 * A section title that repeats under the same parent, or a linked section title that repeats
 * anywhere in the project. Titles are compared normalised (see
 * {@link io.github.qbank.core.sections.Normalizer#text}). Not duplicates: a section that repeats
 * the title of the chapter or section it belongs to ({@code ## 一、X} then {@code ### [X](url)}),
 * and the same unlinked title under different parents ({@code ### 一面}, {@code #### C++}).
 */
public final class DuplicateSectionRule extends Rule {

    public DuplicateSectionRule() {
        super("duplicate-section", Severity.ERROR,
                "A section title that repeats under the same parent, or a linked section title that repeats anywhere.");
    }

    private record ParentAndTitle(Object parent, String title) {}

    @Override
    public void check(Bank bank, RuleContext context) {
        Map<ParentAndTitle, Section> underParent = new HashMap<>();
        Map<String, Section> linked = new HashMap<>();
        for (Section s : context.analyses().sections()) {
            String title = s.normalizedTitle();
            if (title.isEmpty()) {
                continue;
            }
            Object parent = s.parent() != null ? s.parent() : s.file();
            Section same = underParent.putIfAbsent(new ParentAndTitle(parent, title), s);
            Section earlierLinked = s.linked() ? linked.putIfAbsent(title, s) : null;
            if (same != null) {
                context.report(s.file(), s.node().line(), s.node().column(), "section \"" + s.title()
                        + "\" repeats \"" + same.title() + "\" at " + same.where() + " under the same parent"
                        + (s.parent() == null ? "" : " \"" + s.parent().title() + "\""), null, s.title());
            } else if (earlierLinked != null && !s.isWithin(earlierLinked)) {
                context.report(s.file(), s.node().line(), s.node().column(), "linked section \"" + s.title()
                        + "\" repeats the linked section \"" + earlierLinked.title() + "\" at " + earlierLinked.where(),
                        null, s.title());
            }
        }
    }
}
