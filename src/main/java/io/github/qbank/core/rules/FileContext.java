package io.github.qbank.core.rules;

import java.util.List;
import java.util.function.Supplier;

import io.github.qbank.core.Message;
import io.github.qbank.core.numbering.NumberingModel;
import io.github.qbank.core.sections.AnswerConvention;
import io.github.qbank.core.sections.Section;

/**
 * What a {@link FileRule} may know while it judges one file, and where it reports: the file's own
 * analyses and the answer convention it is judged under; nothing of other files.
 */
public final class FileContext {

    /** Takes a file rule's reports as the rule made them, before suppression comments and severity. */
    @FunctionalInterface
    public interface Sink {
        /**
         * One report on the file being judged.
         * @param line 1-based line
         * @param column 1-based column
         * @param message what is wrong and what would be right
         * @param expected the value that would be right, or {@code null}
         * @param actual the value found, or {@code null}
         */
        void report(int line, int column, Message message, String expected, String actual);
    }

    private final List<Section> sections;
    private final Supplier<NumberingModel> numbering;
    private final AnswerConvention answers;
    private final Sink sink;

    /**
     * A context for judging one file.
     * @param sections  the file's chapters and sections
     * @param numbering the file's numbering model, computed when first asked for
     * @param answers   the answer convention the file is judged under
     * @param sink      where reports go
     */
    public FileContext(List<Section> sections, Supplier<NumberingModel> numbering, AnswerConvention answers,
            Sink sink) {
        this.sections = sections;
        this.numbering = numbering;
        this.answers = answers;
        this.sink = sink;
    }

    /** {@return the file's chapters and sections, in document order} */
    public List<Section> sections() {
        return sections;
    }

    /** {@return the file's numbering structure} */
    public NumberingModel numbering() {
        return numbering.get();
    }

    /** {@return how the bank gives its answers, as the file is judged: linked or in place} */
    public AnswerConvention answerConvention() {
        return answers;
    }

    /**
     * Reports a finding on the file.
     * @param line 1-based line
     * @param column 1-based column
     * @param message what is wrong and what would be right
     * @param expected the value that would be right, or {@code null}
     * @param actual the value found, or {@code null}
     */
    public void report(int line, int column, Message message, String expected, String actual) {
        sink.report(line, column, message, expected, actual);
    }
}
