package io.github.qbank.core.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One change to a file's text: the characters from {@code start} to {@code end} (a span of the
 * decoded text, {@code end} exclusive) replaced by {@code replacement}. An insertion has
 * {@code start == end}.
 */
record TextEdit(int start, int end, String replacement) {

    TextEdit {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    static TextEdit insert(int at, String text) {
        return new TextEdit(at, at, text);
    }

    /** Whether two edits touch the same characters, or insert at the same place. */
    boolean overlaps(TextEdit other) {
        if (start == end || other.start == other.end) {
            // an insertion clashes with an edit at its place or around it
            return start == other.start || start < other.end && other.start < end;
        }
        return start < other.end && other.start < end;
    }

    /** The text with the edits made; they must not overlap. */
    static String apply(String text, List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(TextEdit::start).thenComparingInt(TextEdit::end));
        StringBuilder out = new StringBuilder(text.length() + 64);
        int at = 0;
        for (TextEdit e : sorted) {
            out.append(text, at, e.start()).append(e.replacement());
            at = e.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    /** Where a character of the old text is after the edits: edits that end at or before it shift it. */
    static int map(int offset, List<TextEdit> edits) {
        int shift = 0;
        for (TextEdit e : edits) {
            if (e.end() <= offset) {
                shift += e.replacement().length() - (e.end() - e.start());
            }
        }
        return offset + shift;
    }
}
