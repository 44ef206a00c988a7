package io.github.qbank.core.sections;

import java.util.ArrayList;
import java.util.List;

import io.github.qbank.core.Message;
import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.model.OutlineNode;
import io.github.qbank.core.model.Reference;

/**
 * A chapter or section of the bank with what belongs to it: its answer links and the questions it
 * lists itself (not those of its sub-sections).
 */
public final class Section {

    private final BankFile file;
    private final OutlineNode node;
    private final Section parent;
    private final List<Reference> answers;
    /** {@code null} once the section is {@link #summary summarised}: only the counts are kept. */
    private final List<OutlineNode> questions;
    private final int questionCount;
    private final int itemQuestionCount;

    Section(BankFile file, OutlineNode node, Section parent) {
        this.file = file;
        this.node = node;
        this.parent = parent;
        this.answers = new ArrayList<>();
        this.questions = new ArrayList<>();
        this.questionCount = -1;
        this.itemQuestionCount = -1;
    }

    private Section(BankFile file, OutlineNode node, Section parent, List<Reference> answers, int questionCount,
            int itemQuestionCount) {
        this.file = file;
        this.node = node;
        this.parent = parent;
        this.answers = List.copyOf(answers);
        this.questions = null;
        this.questionCount = questionCount;
        this.itemQuestionCount = itemQuestionCount;
    }

    /**
     * A section summary as {@link #summary} makes it, from its parts (a summary read back).
     * @param file              the file the section belongs to
     * @param node              its chapter or section node in that file's outline
     * @param parent            the enclosing section, or {@code null}
     * @param answers           its answer links
     * @param questionCount     how many questions it lists itself
     * @param itemQuestionCount how many of those are list items
     * @return the summary
     */
    public static Section summarised(BankFile file, OutlineNode node, Section parent, List<Reference> answers,
            int questionCount, int itemQuestionCount) {
        return new Section(file, node, parent, answers, questionCount, itemQuestionCount);
    }

    /**
     * The section as the rules that look across files need it, once the rules that judge its file
     * alone are done: the same title, answers and question counts, without the question nodes, on
     * a file whose outline keeps only chapters and sections.
     *
     * @param file   the file the section now belongs to
     * @param node   its chapter or section node in that file's outline
     * @param parent the enclosing section, summarised already, or {@code null}
     * @return the summary
     */
    public Section summary(BankFile file, OutlineNode node, Section parent) {
        return new Section(file, node, parent, answers, questionCount(), itemQuestionCount());
    }

    /** {@return the file that holds the section} */
    public BankFile file() {
        return file;
    }

    /** {@return the heading or list item of the section} */
    public OutlineNode node() {
        return node;
    }

    /**
     * The enclosing section, or {@code null}.
     * @return the parent, or {@code null}
     */
    public Section parent() {
        return parent;
    }

    /** {@return the title as rendered} */
    public String title() {
        return node.text().strip();
    }

    /** {@return the title as compared ({@link Normalizer#text(String)})} */
    public String normalizedTitle() {
        // worked out when asked, not kept: a bank has a section for every few questions
        return Normalizer.text(node.text());
    }

    /**
     * Whether the title is itself a link ({@code ### [title](url)}, {@code - [title](url)}).
     * @return {@code true} if the title is a link
     */
    public boolean linked() {
        return node.links().stream().anyMatch(r -> !r.isImage());
    }

    /**
     * The section's answer links: the link its title carries, answer-link items, answer links in its questions.
     * @return the answer links
     */
    public List<Reference> answers() {
        return answers;
    }

    /**
     * The questions the section lists itself.
     * @return the questions
     */
    public List<OutlineNode> questions() {
        if (questions == null) {
            throw new IllegalStateException("the questions of " + where() + " are not kept once its file's own rules ran");
        }
        return questions;
    }

    /** {@return how many questions the section lists itself} */
    public int questionCount() {
        return questions == null ? questionCount : questions.size();
    }

    /** {@return how many of the questions the section lists are list items (not headings)} */
    public int itemQuestionCount() {
        if (questions == null) {
            return itemQuestionCount;
        }
        int items = 0;
        for (OutlineNode q : questions) {
            if (q.kind() == OutlineNode.Kind.ITEM) {
                items++;
            }
        }
        return items;
    }

    /**
     * Whether {@code other} is this section or one of its ancestors.
     * @param other a section
     * @return {@code true} if this section is {@code other} or lies below it
     */
    public boolean isWithin(Section other) {
        for (Section s = this; s != null; s = s.parent) {
            if (s == other) {
                return true;
            }
        }
        return false;
    }

    /**
     * The section as a message names it: its title in quotes, or where it is when it has no title
     * (a heading that is only an image, say), never empty quotes.
     * @return the message that names it
     */
    public Message named() {
        String title = title();
        return title.isEmpty() ? Message.of("section.untitled", where()) : Message.of("section.titled", title);
    }

    /**
     * {@code README.md:234}.
     * @return the file and line
     */
    public String where() {
        return file.relativePath() + ":" + node.line();
    }

    void addAnswer(Reference r) {
        answers.add(r);
    }

    void addQuestion(OutlineNode q) {
        questions.add(q);
    }
}
