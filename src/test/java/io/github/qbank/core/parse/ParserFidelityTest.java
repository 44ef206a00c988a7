package io.github.qbank.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Document;

import io.github.qbank.core.model.Reference;
import io.github.qbank.core.source.SourceDecoder;
import io.github.qbank.core.source.SourceText;

/**
 * What a reader sees is decided by GitHub's parser, cmark-gfm. This test compares the block
 * structure flexmark gives (as qbank configures it) with cmark-gfm's, for every fixture, the
 * example bank and the reference bank: block kind, nesting depth, first line, heading level, list
 * type and start; and the links and images qbank finds (destinations in document order, bare URLs
 * included) with cmark-gfm's. {@code .ci/run} installs cmark-gfm; without it the test is skipped,
 * saying so.
 */
class ParserFidelityTest {

    static Stream<Path> markdownFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("src/test/resources"), Path.of("examples"), Path.of("src/it"))) {
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(p -> p.toString().endsWith(".md") && isText(p) && parsedByQbank(p)).sorted().forEach(files::add);
            }
        }
        Path reference = Path.of(System.getProperty("qbank.sharedDir", "../shared"), "corpus", "llm-interview", "README.md");
        if (Files.isRegularFile(reference)) {
            files.add(reference);
        }
        return files.stream();
    }

    /** Whether qbank hands the file to flexmark at all: a file past {@link ParseGuard}'s limits is not parsed. */
    private static boolean parsedByQbank(Path file) {
        try {
            return ParseGuard.problem(Files.readString(file)) == null;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether a file is UTF-8 text without control characters: the fixtures of {@code invalid-encoding} and
     * {@code unreadable-file} are not, and are about reading bytes, not about parsing.
     */
    private static boolean isText(Path file) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
            return text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r');
        } catch (IOException e) {
            return false;
        }
    }

    /** The text as qbank parses it: decoded as qbank decodes it, a byte-order mark dropped. */
    private static String decoded(Path file) throws IOException {
        return SourceDecoder.decode(Files.readAllBytes(file)).text().text();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("markdownFiles")
    void blockStructureMatchesCmarkGfm(Path file) throws Exception {
        assumeTrue(cmarkAvailable(), "cmark-gfm is not installed (apt-get install cmark-gfm); parser fidelity not checked");
        String text = decoded(file);
        assertEquals(String.join("\n", cmark(text)), String.join("\n", flexmark(text)), file.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("markdownFiles")
    void linksMatchCmarkGfm(Path file) throws Exception {
        assumeTrue(cmarkAvailable(), "cmark-gfm is not installed (apt-get install cmark-gfm); parser fidelity not checked");
        String text = decoded(file);
        List<String> expected = new ArrayList<>();
        collectLinks(cmarkXml(text), expected);
        List<String> actual = new ArrayList<>();
        for (Reference r : new MarkdownParser().parse(new SourceText(text)).references()) {
            switch (r.kind()) {
                case IMAGE -> actual.add("image " + r.url());
                case LINK, AUTOLINK -> actual.add("link " + r.url());
                default -> { }
            }
        }
        assertEquals(String.join("\n", expected), String.join("\n", actual), file.toString());
    }

    /** Link and image destinations in document order; e-mail autolinks are left out, as qbank does not check them. */
    private static void collectLinks(Element e, List<String> out) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element el) {
                String destination = el.getAttribute("destination");
                boolean emailAutolink = destination.equals("mailto:" + el.getTextContent().strip());
                if (el.getTagName().equals("link") && !emailAutolink) {
                    out.add("link " + destination);
                } else if (el.getTagName().equals("image")) {
                    out.add("image " + destination);
                }
                collectLinks(el, out);
            }
        }
    }

    private static boolean cmarkAvailable() {
        try {
            Process p = new ProcessBuilder("cmark-gfm", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static List<String> cmark(String text) throws Exception {
        List<String> out = new ArrayList<>();
        walkXml(cmarkXml(text), 0, out);
        return out;
    }

    private static Element cmarkXml(String text) throws Exception {
        Process p = new ProcessBuilder("cmark-gfm", "--sourcepos", "-t", "xml", "-e", "table", "-e", "strikethrough",
                "-e", "autolink").start();
        try (var in = p.getOutputStream()) {
            in.write(text.getBytes(StandardCharsets.UTF_8));
        }
        byte[] xml = p.getInputStream().readAllBytes();
        p.waitFor(30, TimeUnit.SECONDS);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
    }

    private static void walkXml(Element e, int depth, List<String> out) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element el)) {
                continue;
            }
            String line = el.getAttribute("sourcepos").split(":")[0];
            String kind = switch (el.getTagName()) {
                case "heading" -> "heading" + el.getAttribute("level");
                case "list" -> "list:" + el.getAttribute("type")
                        + ("ordered".equals(el.getAttribute("type")) ? ":" + el.getAttribute("start") : "");
                case "item" -> "item";
                case "paragraph" -> "paragraph";
                case "block_quote" -> "quote";
                case "code_block" -> "code";
                case "html_block" -> "html";
                case "thematic_break" -> "hr";
                case "table" -> "table";
                default -> null;
            };
            if (kind != null) {
                out.add("  ".repeat(depth) + kind + "@" + line);
                if (!kind.equals("table")) {
                    walkXml(el, depth + 1, out);
                }
            }
        }
    }

    private static List<String> flexmark(String text) {
        Document doc = new MarkdownParser().syntaxTree(text);
        List<String> out = new ArrayList<>();
        record Frame(com.vladsch.flexmark.util.ast.Node node, int depth) {}
        Deque<Frame> todo = new ArrayDeque<>();
        for (var c = doc.getLastChild(); c != null; c = c.getPrevious()) {
            todo.push(new Frame(c, 0));
        }
        while (!todo.isEmpty()) {
            Frame f = todo.pop();
            var n = f.node();
            String kind = n instanceof Heading h ? "heading" + h.getLevel()
                    : n instanceof OrderedList o ? "list:ordered:" + o.getStartNumber()
                    : n instanceof BulletList ? "list:bullet"
                    : n instanceof ListItem ? "item"
                    : n instanceof Paragraph ? "paragraph"
                    : n instanceof BlockQuote ? "quote"
                    : n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock || n instanceof CodeBlock ? "code"
                    : n instanceof HtmlBlockBase ? "html"
                    : n instanceof ThematicBreak ? "hr"
                    : n instanceof TableBlock ? "table"
                    : null;
            if (kind == null) {
                continue;
            }
            out.add("  ".repeat(f.depth()) + kind + "@" + (doc.getLineNumber(n.getStartOffset()) + 1));
            if (kind.equals("code") || kind.equals("table") || kind.equals("html") || kind.startsWith("heading")) {
                continue;
            }
            for (var c = n.getLastChild(); c != null; c = c.getPrevious()) {
                todo.push(new Frame(c, f.depth() + 1));
            }
        }
        return out;
    }
}
