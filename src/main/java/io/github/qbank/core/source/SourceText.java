package io.github.qbank.core.source;

import java.lang.ref.WeakReference;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The decoded text of one file with a line index. Lines end at {@code \n}, {@code \r\n} or a lone
 * {@code \r}, as CommonMark defines them, so line numbers agree with the parser's.
 *
 * <p>A text made by {@link #reloading} is held only weakly: a bank's texts are not kept in memory
 * between the parse and the few rules and reports that show source lines. When the garbage
 * collector has dropped it, the next question reads it again (from the file).
 */
public final class SourceText {

    /** The text and where its lines start. */
    private record Content(String text, int[] lineStarts) {}

    private final Content kept;
    private final Supplier<String> loader;
    private volatile WeakReference<Content> held;
    /** While work {@link #holding} the text runs, the text it read is kept here, not read again. */
    private final AtomicInteger holders = new AtomicInteger();
    private volatile Content strong;

    /**
     * Indexes the line starts of a text.
     * @param text the whole file, decoded
     */
    public SourceText(String text) {
        this.kept = new Content(text, indexLines(text));
        this.loader = null;
    }

    private SourceText(Supplier<String> loader, Content first) {
        this.kept = null;
        this.loader = loader;
        this.held = new WeakReference<>(first);
    }

    /**
     * A text that is held weakly and read again with {@code loader} once the garbage collector has
     * dropped it.
     *
     * @param first  the text as just read, or {@code null} to read it on first use
     * @param loader gives the text again; it must not fail (an unreadable file gives {@code ""})
     * @return the text, read again whenever it was dropped
     */
    public static SourceText reloading(SourceText first, Supplier<String> loader) {
        return new SourceText(loader, first == null ? null : first.content());
    }

    private Content content() {
        if (kept != null) {
            return kept;
        }
        Content c = strong;
        if (c != null) {
            return c;
        }
        c = held.get();
        if (c == null) {
            String text = loader.get();
            c = new Content(text, indexLines(text));
            held = new WeakReference<>(c);
        }
        if (holders.get() > 0) {
            strong = c;
        }
        return c;
    }

    /**
     * Runs work that may ask for the text many times (a file's rules): once read, the text is kept
     * until the work ends, instead of being read again after every garbage collection. Work that
     * never asks for it does not read it.
     * @param work the work
     */
    public void holding(Runnable work) {
        if (loader == null) {
            work.run();
            return;
        }
        holders.incrementAndGet();
        try {
            work.run();
        } finally {
            if (holders.decrementAndGet() == 0) {
                strong = null;
            }
        }
    }

    private static int[] indexLines(String text) {
        int[] starts = new int[16];
        int count = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** {@return the whole text} */
    public String text() {
        return content().text();
    }

    /** {@return the number of lines} */
    public int lineCount() {
        return content().lineStarts().length;
    }

    /**
     * The 1-based line of a character offset.
     * @param offset a character offset
     * @return the line
     */
    public int lineOf(int offset) {
        Content c = content();
        return lineOf(c, clamp(c, offset));
    }

    private static int lineOf(Content c, int clamped) {
        int i = Arrays.binarySearch(c.lineStarts(), clamped);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /**
     * The 1-based column of a character offset, counted in code points.
     * @param offset a character offset
     * @return the column
     */
    public int columnOf(int offset) {
        Content c = content();
        int o = clamp(c, offset);
        int start = c.lineStarts()[lineOf(c, o) - 1];
        return c.text().codePointCount(start, o) + 1;
    }

    /**
     * Line and column lookups that remember the last line and the last column found: cheap for a
     * reader moving forward, also along one line of a megabyte (a column is counted from the last
     * one, not from the start of the line).
     * @return a new cursor at the start of the text
     */
    public Cursor cursor() {
        return new Cursor();
    }

    /** Lookups for one reader of this text; not thread-safe. Holds the text while it is used. */
    public final class Cursor {
        private final Content content = content();
        private final String text = content.text();
        private final int[] lineStarts = content.lineStarts();
        private int line = 1;
        /** The last offset whose column was counted, on {@link #line}, and its column; -1 for none. */
        private int lastOffset = -1;
        private int lastColumn;
        /** Characters walked to count columns, for tests of the cost. */
        private long counted;

        private Cursor() {}

        /** How many characters column lookups have walked so far. */
        long counted() {
            return counted;
        }

        /**
         * The 1-based line of a character offset.
         * @param offset a character offset
         * @return the line
         */
        public int lineOf(int offset) {
            int o = clamp(offset);
            if (!onLine(line, o)) {
                int i = onLine(line + 1, o) ? -1 : Arrays.binarySearch(lineStarts, o);
                line = i == -1 ? line + 1 : i >= 0 ? i + 1 : -i - 1;
                lastOffset = -1;
            }
            return line;
        }

        /**
         * The 1-based column of a character offset, counted in code points.
         * @param offset a character offset
         * @return the column
         */
        public int columnOf(int offset) {
            int o = clamp(offset);
            int start = lineStarts[lineOf(o) - 1];
            int countFrom = lastOffset >= 0 && o >= lastOffset ? lastOffset : start;
            int column = (countFrom == start ? 1 : lastColumn) + text.codePointCount(countFrom, o);
            counted += o - countFrom;
            // counting on from the middle of a surrogate pair would count it twice: remember only whole ones
            boolean splitsPair = o > 0 && o < text.length() && Character.isLowSurrogate(text.charAt(o))
                    && Character.isHighSurrogate(text.charAt(o - 1));
            if (!splitsPair) {
                lastOffset = o;
                lastColumn = column;
            }
            return column;
        }

        private boolean onLine(int candidate, int offset) {
            return candidate <= lineStarts.length && offset >= lineStarts[candidate - 1]
                    && (candidate == lineStarts.length || offset < lineStarts[candidate]);
        }

        private int clamp(int offset) {
            return Math.max(0, Math.min(offset, text.length()));
        }
    }

    /**
     * The offset at which a 1-based line starts.
     * @param line a 1-based line
     * @return the offset
     */
    public int lineStart(int line) {
        int[] lineStarts = content().lineStarts();
        return lineStarts[Math.max(0, Math.min(line, lineStarts.length) - 1)];
    }

    /**
     * At most the first {@code maxChars} characters of a 1-based line, without its line ending:
     * for showing a line, without copying all of a line that is megabytes long.
     * @param line a 1-based line
     * @param maxChars how many characters at most
     * @return the start of the line
     */
    public String linePrefix(int line, int maxChars) {
        Content c = content();
        if (line < 1 || line > c.lineStarts().length) {
            return "";
        }
        int start = c.lineStarts()[line - 1];
        return c.text().substring(start, Math.min(lineEnd(c, line), start + Math.max(0, maxChars)));
    }

    /**
     * The length in characters of a 1-based line, without its line ending.
     * @param line a 1-based line
     * @return the length
     */
    public int lineLength(int line) {
        Content c = content();
        return line < 1 || line > c.lineStarts().length ? 0 : lineEnd(c, line) - c.lineStarts()[line - 1];
    }

    /**
     * The text of a 1-based line, without its line ending.
     * @param line a 1-based line
     * @return the line's text
     */
    public String line(int line) {
        Content c = content();
        return line < 1 || line > c.lineStarts().length ? "" : c.text().substring(c.lineStarts()[line - 1], lineEnd(c, line));
    }

    /** Where a 1-based line (which exists) ends, before its line ending. */
    private static int lineEnd(Content c, int line) {
        int[] lineStarts = c.lineStarts();
        String text = c.text();
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    private static int clamp(Content c, int offset) {
        return Math.max(0, Math.min(offset, c.text().length()));
    }
}
