package io.github.qbank.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A rule fixture: a Markdown file, or a folder named {@code *.bank} of Markdown files, whose
 * expected findings are written inside, at the end of each file:
 *
 * <pre>
 * &lt;!-- expect
 * 2 numbering expected=2 actual=3
 * 5:3 missing-image actual="img/a b.png"
 * --&gt;
 * </pre>
 *
 * Each line is {@code LINE[:COLUMN] RULE [expected=V] [actual=V] [message~=V]}, values quoted when
 * they hold spaces ({@code \"} for a quote inside). A file with an empty block expects no finding;
 * a file without a block is an error. Rules that a fixture is not about are switched off in it the
 * way a bank would: {@code <!-- qbank-disable-file RULE -->}.
 */
record Fixture(String name, Path baseDir, List<String> includes) {

    private static final Pattern BLOCK = Pattern.compile("<!--\\s*expect\\b(.*?)-->", Pattern.DOTALL);
    private static final Pattern LINE = Pattern.compile("^(\\d+)(?::(\\d+))?\\s+(\\S+)(.*)$");
    private static final Pattern FIELD = Pattern.compile("(\\w+)(=|~=)(\"((?:[^\"\\\\]|\\\\.)*)\"|\\S+)");

    static List<Fixture> all(Path root) throws IOException {
        List<Fixture> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted().toList()) {
                String name = root.relativize(p).toString().replace('\\', '/');
                if (Files.isDirectory(p) && p.getFileName().toString().endsWith(".bank")) {
                    out.add(new Fixture(name, p, List.of("**/*.md")));
                } else if (Files.isRegularFile(p) && name.endsWith(".md") && !name.contains(".bank/")
                        && !name.contains("/assets/")) {
                    out.add(new Fixture(name, p.getParent(), List.of(p.getFileName().toString())));
                }
            }
        }
        return out;
    }

    /** One expected finding; {@code null} fields are not compared. */
    record Expectation(String file, int line, Integer column, String rule, String expected, String actual,
            String messagePart) {

        boolean matches(Finding f) {
            return f.file().equals(file) && f.line() == line && (column == null || f.column() == column)
                    && f.rule().equals(rule) && (expected == null || expected.equals(f.expected()))
                    && (actual == null || actual.equals(f.actual()))
                    && (messagePart == null || f.text().contains(messagePart));
        }

        @Override
        public String toString() {
            return file + ":" + line + (column == null ? "" : ":" + column) + " " + rule
                    + (expected == null ? "" : " expected=" + expected) + (actual == null ? "" : " actual=" + actual)
                    + (messagePart == null ? "" : " message~=" + messagePart);
        }
    }

    /** The expectations of every Markdown file of the fixture. */
    List<Expectation> expectations() throws IOException {
        List<Expectation> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(baseDir)) {
            files = s.filter(p -> includes.size() == 1 && !includes.get(0).contains("*")
                    ? p.equals(baseDir.resolve(includes.get(0)))
                    : p.toString().endsWith(".md")).sorted().toList();
        }
        for (Path file : files) {
            String rel = baseDir.relativize(file).toString().replace('\\', '/');
            // leniently: an invalid-encoding fixture holds bytes that are not UTF-8
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            Matcher block = BLOCK.matcher(text);
            if (!block.find()) {
                throw new IllegalStateException(name + ": " + rel + " has no <!-- expect --> block");
            }
            for (String raw : block.group(1).split("\\R")) {
                String line = raw.strip();
                if (line.isEmpty()) {
                    continue;
                }
                Matcher m = LINE.matcher(line);
                if (!m.matches()) {
                    throw new IllegalStateException(name + ": cannot read expectation '" + line + "'");
                }
                String expected = null;
                String actual = null;
                String messagePart = null;
                Matcher f = FIELD.matcher(m.group(4));
                while (f.find()) {
                    String value = f.group(4) != null ? f.group(4).replace("\\\"", "\"") : f.group(3);
                    switch (f.group(1) + f.group(2)) {
                        case "expected=" -> expected = value;
                        case "actual=" -> actual = value;
                        case "message~=" -> messagePart = value;
                        default -> throw new IllegalStateException(name + ": unknown field in '" + line + "'");
                    }
                }
                out.add(new Expectation(rel, Integer.parseInt(m.group(1)),
                        m.group(2) == null ? null : Integer.valueOf(m.group(2)), m.group(3), expected, actual,
                        messagePart));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return name;
    }
}
