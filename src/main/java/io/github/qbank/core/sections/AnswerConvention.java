package io.github.qbank.core.sections;

import java.util.List;

import io.github.qbank.core.Message;

/**
 * How a bank gives its answers, inferred from the bank itself: by links (an answer-link item, or a
 * linked section title, on the sections that list questions) or in place (prose, lists,
 * {@code <details>} under the question). Only a bank that links its answers can miss an answer
 * link; one where at least half of the sections that list questions carry an answer link does.
 *
 * @param linked          whether the bank follows the answer-link convention
 * @param sections        sections that list questions as items
 * @param withAnswerLinks those of them that carry an answer link
 */
public record AnswerConvention(boolean linked, int sections, int withAnswerLinks) {

    /** The smallest share of sections with an answer link that makes a bank one that links its answers. */
    static final double LINKED_SHARE = 0.5;

    /**
     * Decides how a bank gives its answers from its sections.
     * @param all every section of the bank
     * @return the convention, with the counts it rests on
     */
    public static AnswerConvention of(List<Section> all) {
        int sections = 0;
        int withAnswers = 0;
        for (Section s : all) {
            if (s.itemQuestionCount() > 0) {
                sections++;
                if (!s.answers().isEmpty()) {
                    withAnswers++;
                }
            }
        }
        return new AnswerConvention(sections > 0 && withAnswers >= LINKED_SHARE * sections, sections, withAnswers);
    }

    /**
     * {@code linked} or {@code in-place}, as the JSON report writes it.
     * @return the id
     */
    public String id() {
        return linked ? "linked" : "in-place";
    }

    /**
     * Why, in English: {@code answers linked: 110 of 110 sections that list questions carry an answer link}.
     * @return the reason
     */
    public String reason() {
        return explanation().text();
    }

    /**
     * Why, as a message to render in the reader's language.
     * @return the reason
     */
    public Message explanation() {
        return linked ? Message.of("answers.linked", withAnswerLinks, sections)
                : Message.of("answers.in-place", withAnswerLinks, sections);
    }
}
