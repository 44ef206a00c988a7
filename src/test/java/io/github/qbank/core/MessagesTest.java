package io.github.qbank.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The messages of findings and the resource bundle that holds their patterns agree: every key the
 * sources use is in {@code messages.properties} and every key there is used; every pattern of every
 * file ({@code messages.properties}, English, and each translation {@code messages_<locale>.properties})
 * is a {@link MessageFormat} whose arguments are {@code {0}} to {@code {n-1}}, all of them used; and a
 * translation has the English file's keys, each with the same arguments. Keys are read from the
 * sources: a message is always made as {@code Message.of("key", …)}, and code that looks at a key
 * names it as a string literal too.
 */
class MessagesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path BUNDLES = Path.of("src/main/resources/io/github/qbank/core");
    private static final String ENGLISH = "messages.properties";
    private static final Pattern TRANSLATION = Pattern.compile("messages_\\w+\\.properties");
    private static final Pattern MADE = Pattern.compile("\\bMessage\\.of\\(\\s*");
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)+");
    private static final Pattern ARGUMENT = Pattern.compile("\u0000(\\d+)\u0001");

    /** A source file with its comments blanked out and its string literals. */
    private record Source(Path path, String code, List<String> literals) {}

    @Test
    void everyMessageIsMadeWithItsKeyAsAStringLiteral() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Source s : sources()) {
            Matcher m = MADE.matcher(s.code());
            while (m.find()) {
                if (m.end() >= s.code().length() || s.code().charAt(m.end()) != '"') {
                    wrong.add(s.path() + ":" + lineOf(s.code(), m.start()));
                }
            }
        }
        assertEquals(List.of(), wrong, "Message.of without a literal key: the keys used cannot be read");
    }

    @Test
    void everyKeyTheSourcesUseIsInTheEnglishFile() throws IOException {
        Set<String> keys = patterns(ENGLISH).keySet();
        Set<String> prefixes = keys.stream().map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toSet());
        Set<String> made = new TreeSet<>();
        Set<String> named = new TreeSet<>();
        for (Source s : sources()) {
            Matcher m = MADE.matcher(s.code());
            while (m.find()) {
                int end = s.code().indexOf('"', m.end() + 1);
                if (s.code().charAt(m.end()) == '"' && end > m.end()) {
                    made.add(s.code().substring(m.end() + 1, end));
                }
            }
            // a key compared with a message's key(): a literal of a key's shape and a known prefix
            s.literals().stream().filter(l -> KEY.matcher(l).matches() && prefixes.contains(l.substring(0, l.indexOf('.'))))
                    .forEach(named::add);
        }
        assertFalse(made.isEmpty(), "no message found in " + SOURCES);
        made.removeAll(keys);
        named.removeAll(keys);
        assertEquals(Set.of(), made, "messages made with a key that " + ENGLISH + " lacks");
        assertEquals(Set.of(), named, "key-like literals that " + ENGLISH + " lacks");
    }

    @Test
    void everyKeyOfTheEnglishFileIsUsed() throws IOException {
        Set<String> literals = new TreeSet<>();
        for (Source s : sources()) {
            literals.addAll(s.literals());
        }
        Set<String> unused = new TreeSet<>(patterns(ENGLISH).keySet());
        unused.removeAll(literals);
        assertEquals(Set.of(), unused, "keys of " + ENGLISH + " that no source names");
    }

    @Test
    void everyPatternOfEveryFileIsAMessageFormatWithArgumentsFromZeroWithoutHoles() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String file : files()) {
            patterns(file).forEach((key, pattern) -> {
                String problem = problem(pattern);
                if (problem != null) {
                    wrong.add(file + " " + key + ": " + problem);
                }
            });
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aTranslationHasTheEnglishKeysEachWithTheSameArguments() throws IOException {
        Map<String, String> english = patterns(ENGLISH);
        List<String> translations = files().subList(1, files().size());
        assertTrue(translations.contains("messages_zh_CN.properties"), "the Chinese file is checked: " + translations);
        for (String file : translations) {
            assertEquals(List.of(), translationProblems(english, patterns(file)), file);
        }
    }

    @Test
    void aKeyWithoutTranslationOrATranslationThatDropsOrAddsAnArgumentIsAProblem() {
        Map<String, String> english = Map.of("a.one", "{0} and {1}", "a.two", "none", "a.three", "{0}");
        assertEquals(List.of(), translationProblems(english, Map.of("a.one", "{1}和{0}", "a.two", "无", "a.three", "{0}")));
        assertEquals(List.of("a.three: no translation"),
                translationProblems(english, Map.of("a.one", "{0}和{1}", "a.two", "无")));
        assertEquals(List.of("a.one: arguments [0] instead of [0, 1]", "a.two: arguments [0] instead of []"),
                translationProblems(english, Map.of("a.one", "只有{0}", "a.two", "{0}", "a.three", "{0}")));
        assertEquals(List.of("a.four: no such key in English"),
                translationProblems(english, Map.of("a.one", "{0}{1}", "a.two", "无", "a.three", "{0}", "a.four", "多")));
    }

    @Test
    void theChineseFileIsReadAsUtf8AndRendersInChinese() throws IOException {
        ResourceBundle bundle = Message.bundle(Locale.SIMPLIFIED_CHINESE);
        assertEquals(Locale.SIMPLIFIED_CHINESE, bundle.getLocale());
        patterns("messages_zh_CN.properties").forEach((key, pattern) -> assertEquals(pattern, bundle.getString(key), key));
        assertEquals("应为 1，实为 39", Message.of("numbering.expected-found", "1", "39").text(Locale.SIMPLIFIED_CHINESE));
        Message names = Message.of("list.comma", "A", Message.of("list.and", "B", "C"));
        assertEquals("A、B 和 C", names.text(Locale.SIMPLIFIED_CHINESE));
        assertEquals("qbank-disable 中的“numbring”不是规则名；可用的规则有 a、b",
                Message.of("unused-suppression.unknown-rule", "qbank-disable", "numbring", "a、b").text(Locale.SIMPLIFIED_CHINESE));
        assertEquals(Message.of("numbering.expected-found", "1", "39").text(),
                Message.of("numbering.expected-found", "1", "39").text(Locale.TRADITIONAL_CHINESE),
                "a language without a file of its own is English, whatever the JVM's locale");
    }

    /** What is wrong with a translation: a key it lacks or the English file lacks, or other arguments. */
    private static List<String> translationProblems(Map<String, String> english, Map<String, String> translated) {
        List<String> out = new ArrayList<>();
        for (String key : new TreeSet<>(english.keySet())) {
            String pattern = translated.get(key);
            if (pattern == null) {
                out.add(key + ": no translation");
            } else if (!arguments(pattern).equals(arguments(english.get(key)))) {
                out.add(key + ": arguments " + arguments(pattern) + " instead of " + arguments(english.get(key)));
            }
        }
        new TreeSet<>(translated.keySet()).stream().filter(k -> !english.containsKey(k))
                .forEach(k -> out.add(k + ": no such key in English"));
        return out;
    }

    @Test
    void theBundleReadsEachFileAsUtf8() throws IOException {
        ResourceBundle bundle = Message.bundle(Locale.ROOT);
        patterns(ENGLISH).forEach((key, pattern) -> assertEquals(pattern, bundle.getString(key), key));
        assertTrue(bundle.getString("list-structure.lines-as-code").contains("–"));
    }

    @Test
    void englishIsTheRootWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals(Locale.ROOT, Message.bundle(Locale.ENGLISH).getLocale());
            assertEquals(Locale.ROOT, Message.bundle(Locale.ROOT).getLocale());
            Message m = Message.of("input.binary", 1234567);
            assertEquals("binary content (a NUL byte at offset 1234567), not a Markdown text file", m.text());
            assertEquals(m.text(), m.text(Locale.ENGLISH));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void nestedMessagesQuotesAndArgumentsAreRenderedAsWritten() {
        assertEquals("qbank-disable names no rule 'numbring'; the rules are a, b",
                Message.of("unused-suppression.unknown-rule", "qbank-disable", "numbring", "a, b").text());
        Message names = Message.of("list.comma", "A", Message.of("list.and", "B", "C"));
        assertEquals("A, B and C", names.text());
        assertEquals("HTTP 503 after 2 retries",
                Message.of("link.after-retries", Message.of("link.http-status", 503), 2).text());
        // an argument is text, never a pattern: braces and quotes in a bank's titles stay as they are
        assertEquals("excluded by it's {0} '{1}'", Message.of("link.excluded", "it's {0} '{1}'").text());
    }

    @Test
    void argumentsAreTextMessagesOrWholeNumbers() {
        assertEquals(List.of("7", "8"), Message.of("list.and", 7, 8L).arguments());
        assertThrows(IllegalArgumentException.class, () -> Message.of("duplicate-question.nearly-the-same", 0.93));
        assertThrows(NullPointerException.class, () -> Message.of("link.excluded", (Object) null));
        assertThrows(IllegalArgumentException.class, () -> new Message("link.excluded", List.of(new StringBuilder())));
    }

    @Test
    void aFindingsTextIsOneLine() {
        Finding f = new Finding("dead-link", Severity.ERROR, "a.md", 1, 1,
                Message.of("dead-link.dead", "https://x/\n::error::", Message.of("link.http-status", 404)), null, null);
        assertEquals("dead link https://x/\u240A::error::: HTTP 404", f.text());
        assertEquals(f.text(), f.text(Locale.ENGLISH));
    }

    /** Why a pattern is wrong, or {@code null}. */
    private static String problem(String pattern) {
        if (pattern.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "a control character";
        }
        if (pattern.replace("''", "").indexOf('\'') >= 0) {
            return "a single quote not written ''";
        }
        MessageFormat format;
        try {
            format = new MessageFormat(pattern, Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "not a MessageFormat: " + e.getMessage();
        }
        for (Format f : format.getFormats()) {
            if (f != null) {
                return "an argument with a format type: arguments are text";
            }
        }
        Set<Integer> used = arguments(pattern);
        int count = format.getFormatsByArgumentIndex().length;
        Set<Integer> expected = new TreeSet<>();
        for (int i = 0; i < count; i++) {
            expected.add(i);
        }
        return used.equals(expected) ? null : "arguments " + used + ", not 0 to " + (count - 1);
    }

    /** The argument indices a pattern shows. */
    private static Set<Integer> arguments(String pattern) {
        MessageFormat format = new MessageFormat(pattern, Locale.ROOT);
        int count = format.getFormatsByArgumentIndex().length;
        Object[] markers = new Object[count];
        for (int i = 0; i < count; i++) {
            markers[i] = "\u0000" + i + "\u0001";
        }
        Set<Integer> used = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(format.format(markers));
        while (m.find()) {
            used.add(Integer.parseInt(m.group(1)));
        }
        return used;
    }

    /** The English file and every translation. */
    private static List<String> files() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            List<String> names = new ArrayList<>(files.map(p -> p.getFileName().toString())
                    .filter(n -> TRANSLATION.matcher(n).matches()).sorted().toList());
            names.add(0, ENGLISH);
            return names;
        }
    }

    /** A file's patterns by key, read as UTF-8 as the bundle reads it. */
    private static Map<String, String> patterns(String file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        Map<String, String> out = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }

    private static List<Source> sources() throws IOException {
        List<Source> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                out.add(read(file, Files.readString(file)));
            }
        }
        return out;
    }

    /** The source with its comments blanked out (line breaks kept), and its string literals' contents. */
    private static Source read(Path path, String text) {
        StringBuilder code = new StringBuilder(text.length());
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (text.startsWith("//", i)) {
                while (i < text.length() && text.charAt(i) != '\n') {
                    code.append(' ');
                    i++;
                }
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
                for (; i < end; i++) {
                    code.append(text.charAt(i) == '\n' ? '\n' : ' ');
                }
            } else if (text.startsWith("\"\"\"", i)) {
                int end = text.indexOf("\"\"\"", i + 3);
                end = end < 0 ? text.length() : end + 3;
                code.append(text, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int start = i++;
                while (i < text.length() && text.charAt(i) != c && text.charAt(i) != '\n') {
                    i += text.charAt(i) == '\\' ? 2 : 1;
                }
                i = Math.min(i + 1, text.length());
                code.append(text, start, i);
                if (c == '"') {
                    literals.add(text.substring(start + 1, i - 1));
                }
            } else {
                code.append(c);
                i++;
            }
        }
        return new Source(path, code.toString(), literals);
    }

    private static int lineOf(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
