package io.github.qbank.core.model;

/**
 * The visible texts of one file's outline nodes, kept end to end in one string. A bank of a
 * thousand files has about a million outline nodes; one string per file instead of one per node
 * keeps the model small and leaves the garbage collector far fewer objects to copy.
 *
 * <p>Texts are appended while the outline is built, on one thread; {@link #seal()} then fixes
 * them. A sealed store is only read and may be shared between threads.
 */
public final class OutlineTexts {

    private StringBuilder pending = new StringBuilder();
    private String all;

    /** An empty store, to append the texts of a file's outline to. */
    public OutlineTexts() {}

    /**
     * Appends one node's text.
     * @param text the text
     * @return where it starts in the store
     * @throws IllegalStateException once the store is sealed
     */
    int append(String text) {
        if (pending == null) {
            throw new IllegalStateException("the outline's texts are sealed");
        }
        int start = pending.length();
        pending.append(text);
        return start;
    }

    /**
     * One node's text.
     * @param start where it starts
     * @param end   where it ends
     * @return the text
     */
    String slice(int start, int end) {
        if (start == end) {
            return "";
        }
        String fixed = all;
        return fixed != null ? fixed.substring(start, end) : pending.substring(start, end);
    }

    /**
     * Whether one node's text is empty or only white space, as {@link String#isBlank()} says, without
     * copying it.
     * @param start where it starts
     * @param end   where it ends
     * @return whether the text is blank
     */
    boolean isBlank(int start, int end) {
        CharSequence chars = all != null ? all : pending;
        for (int i = start; i < end; ) {
            int c = Character.codePointAt(chars, i);
            if (!Character.isWhitespace(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** Fixes the texts appended so far: nothing more can be appended. Sealing twice does nothing. */
    public void seal() {
        if (pending != null) {
            all = pending.toString();
            pending = null;
        }
    }
}
