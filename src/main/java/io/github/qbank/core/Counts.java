package io.github.qbank.core;

/**
 * Counted nouns ({@code 1 error}, {@code 3 errors}) as messages: English needs a form for one and one
 * for any other number, and a language without plurals gives both the same pattern.
 */
public final class Counts {

    private Counts() {}

    /**
     * {@return {@code n errors}}
     * @param n how many
     */
    public static Message errors(long n) {
        return n == 1 ? Message.of("count.error.one", n) : Message.of("count.error.other", n);
    }

    /**
     * {@return {@code n warnings}}
     * @param n how many
     */
    public static Message warnings(long n) {
        return n == 1 ? Message.of("count.warning.one", n) : Message.of("count.warning.other", n);
    }

    /**
     * {@return {@code n new errors}}
     * @param n how many
     */
    public static Message newErrors(long n) {
        return n == 1 ? Message.of("count.new-error.one", n) : Message.of("count.new-error.other", n);
    }

    /**
     * {@return {@code n new warnings}}
     * @param n how many
     */
    public static Message newWarnings(long n) {
        return n == 1 ? Message.of("count.new-warning.one", n) : Message.of("count.new-warning.other", n);
    }

    /**
     * {@return {@code n known findings}}
     * @param n how many
     */
    public static Message knownFindings(long n) {
        return n == 1 ? Message.of("count.known-finding.one", n) : Message.of("count.known-finding.other", n);
    }

    /**
     * {@return {@code n findings}}
     * @param n how many
     */
    public static Message findings(long n) {
        return n == 1 ? Message.of("count.finding.one", n) : Message.of("count.finding.other", n);
    }

    /**
     * {@return {@code n files}}
     * @param n how many
     */
    public static Message files(long n) {
        return n == 1 ? Message.of("count.file.one", n) : Message.of("count.file.other", n);
    }

    /**
     * {@return {@code n Markdown files}}
     * @param n how many
     */
    public static Message markdownFiles(long n) {
        return n == 1 ? Message.of("count.markdown-file.one", n) : Message.of("count.markdown-file.other", n);
    }

    /**
     * {@return {@code n chapters}}
     * @param n how many
     */
    public static Message chapters(long n) {
        return n == 1 ? Message.of("count.chapter.one", n) : Message.of("count.chapter.other", n);
    }

    /**
     * {@return {@code n sections}}
     * @param n how many
     */
    public static Message sections(long n) {
        return n == 1 ? Message.of("count.section.one", n) : Message.of("count.section.other", n);
    }

    /**
     * {@return {@code n questions}}
     * @param n how many
     */
    public static Message questions(long n) {
        return n == 1 ? Message.of("count.question.one", n) : Message.of("count.question.other", n);
    }

    /**
     * {@return {@code n links}}
     * @param n how many
     */
    public static Message links(long n) {
        return n == 1 ? Message.of("count.link.one", n) : Message.of("count.link.other", n);
    }

    /**
     * {@return {@code n images}}
     * @param n how many
     */
    public static Message images(long n) {
        return n == 1 ? Message.of("count.image.one", n) : Message.of("count.image.other", n);
    }
}
