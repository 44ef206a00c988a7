package io.github.qbank.core.fix;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * The fixes as a patch that {@code git apply} accepts: per file a {@code diff --git a/… b/…}
 * header with paths relative to the repository root, hunks with three lines of context. Lines
 * are compared with their line endings, so a CRLF file gives CRLF lines, and a last line without
 * one is marked {@code \ No newline at end of file}; a byte-order mark stays on line 1.
 */
public final class UnifiedDiff {

    private static final int CONTEXT = 3;

    private UnifiedDiff() {}

    /**
     * The patch of all changes; empty when there are none.
     * @param result the fixes
     * @return the patch text, for {@code git apply}
     */
    public static String of(FixResult result) {
        StringBuilder out = new StringBuilder();
        for (FileChange c : result.changes()) {
            out.append(of(c, result.repositoryRoot()));
        }
        return out.toString();
    }

    /** The patch of one file. */
    static String of(FileChange change, Path root) {
        String name = quoted(root.toAbsolutePath().normalize().relativize(change.path().toAbsolutePath().normalize())
                .toString().replace('\\', '/'));
        String bom = change.bom() ? "\uFEFF" : "";
        List<String> before = lines(bom + change.beforeText());
        List<String> after = lines(bom + change.afterText());
        List<AbstractDelta<String>> deltas = DiffUtils.diff(before, after).getDeltas();
        StringBuilder out = new StringBuilder();
        out.append("diff --git ").append(prefixed("a/", name)).append(' ').append(prefixed("b/", name)).append('\n');
        out.append("--- ").append(prefixed("a/", name)).append('\n');
        out.append("+++ ").append(prefixed("b/", name)).append('\n');
        int i = 0;
        while (i < deltas.size()) {
            // a hunk: deltas closer than twice the context share one
            int j = i;
            while (j + 1 < deltas.size() && deltas.get(j + 1).getSource().getPosition()
                    - (deltas.get(j).getSource().getPosition() + deltas.get(j).getSource().size()) <= 2 * CONTEXT) {
                j++;
            }
            hunk(before, deltas.subList(i, j + 1), out);
            i = j + 1;
        }
        return out.toString();
    }

    private static void hunk(List<String> before, List<AbstractDelta<String>> deltas, StringBuilder out) {
        AbstractDelta<String> first = deltas.get(0);
        AbstractDelta<String> last = deltas.get(deltas.size() - 1);
        int start = Math.max(0, first.getSource().getPosition() - CONTEXT);
        int end = Math.min(before.size(), last.getSource().getPosition() + last.getSource().size() + CONTEXT);
        int targetStart = first.getTarget().getPosition() - (first.getSource().getPosition() - start);
        StringBuilder body = new StringBuilder();
        int sourceCount = 0;
        int targetCount = 0;
        int at = start;
        for (AbstractDelta<String> d : deltas) {
            for (; at < d.getSource().getPosition(); at++) {
                line(' ', before.get(at), body);
                sourceCount++;
                targetCount++;
            }
            for (String l : d.getSource().getLines()) {
                line('-', l, body);
                sourceCount++;
            }
            for (String l : d.getTarget().getLines()) {
                line('+', l, body);
                targetCount++;
            }
            at = d.getSource().getPosition() + d.getSource().size();
        }
        for (; at < end; at++) {
            line(' ', before.get(at), body);
            sourceCount++;
            targetCount++;
        }
        out.append("@@ -").append(range(start, sourceCount)).append(" +").append(range(targetStart, targetCount))
                .append(" @@\n").append(body);
    }

    /** {@code 5,3}: the first line (1-based; the line before an empty range) and the count. */
    private static String range(int start, int count) {
        return (count == 0 ? start : start + 1) + "," + count;
    }

    private static void line(char mark, String line, StringBuilder out) {
        out.append(mark).append(line);
        if (!line.endsWith("\n")) {
            out.append("\n\\ No newline at end of file\n");
        }
    }

    /** The lines as git sees them: each up to and with its {@code \n}; a carriage return is part of the line. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }

    private static String prefixed(String prefix, String quotedName) {
        return quotedName.startsWith("\"") ? "\"" + prefix + quotedName.substring(1) : prefix + quotedName;
    }

    /** A path as git writes it: in C-style quotes when it holds a quote, a backslash or a control character. */
    private static String quoted(String path) {
        boolean plain = path.chars().noneMatch(c -> c == '"' || c == '\\' || c < 0x20 || c == 0x7F);
        if (plain) {
            return path;
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : path.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        out.append(String.format("\\%03o", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
