package io.github.qbank.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The generated help prints the parameter documentation as written, XML examples included:
 * {@code qbank:help} prints the plain text of {@code plugin-help.xml}; {@code help:describe} reads
 * the descriptions of {@code plugin.xml} as HTML, which the build escapes so that both print the
 * same. Reads the descriptors that {@code process-classes} wrote.
 */
class PluginHelpTest {

    private static final Path CLASSES = Path.of("target/classes/META-INF/maven");

    @Test
    void describeReadsTheSameTextAsHelp() throws Exception {
        Map<String, String> describe = descriptions(CLASSES.resolve("plugin.xml"));
        Map<String, String> help = descriptions(CLASSES.resolve("io.github.qbank/qbank-maven-plugin/plugin-help.xml"));
        int compared = 0;
        for (Map.Entry<String, String> e : help.entrySet()) {
            String html = describe.get(e.getKey());
            if (html == null) {
                continue;
            }
            assertEquals(e.getValue().strip().replaceAll("\\s+", " "), Jsoup.parse(html).text(), e.getKey());
            compared++;
        }
        assertTrue(compared > 60, "descriptions compared: " + compared);
    }

    @Test
    void xmlExamplesPrintAsWritten() throws Exception {
        Map<String, String> help = descriptions(CLASSES.resolve("io.github.qbank/qbank-maven-plugin/plugin-help.xml"));
        assertEquals("Severity per rule id: error, warning or off, one element per rule, e.g."
                + " <rules><broken-anchor>warning</broken-anchor></rules>.", help.get("check#rules"));
        assertTrue(help.get("check#includes").contains("comma-separated or as <include> elements"),
                help.get("check#includes"));
        assertTrue(help.get("check#linksHeaders").contains("e.g. <header><host>*.example.com</host><name>Authorization"
                + "</name><valueFromEnvironment>ANSWERS_TOKEN</valueFromEnvironment></header>."),
                help.get("check#linksHeaders"));
        assertTrue(help.get("report#ruleSeverities").startsWith("Severity per rule from the command line, over <rules>:"),
                help.get("report#ruleSeverities"));
        Map<String, String> describe = descriptions(CLASSES.resolve("plugin.xml"));
        assertEquals(help.get("check#rules"), Jsoup.parse(describe.get("check#rules")).text());
    }

    /** {@code goal} and {@code goal#parameter} to description. */
    private static Map<String, String> descriptions(Path descriptor) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        Element plugin = factory.newDocumentBuilder().parse(descriptor.toFile()).getDocumentElement();
        Map<String, String> out = new LinkedHashMap<>();
        NodeList mojos = plugin.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            String goal = child(mojo, "goal").getTextContent();
            Element description = child(mojo, "description");
            if (description != null) {
                out.put(goal, description.getTextContent());
            }
            Element parameters = child(mojo, "parameters");
            if (parameters == null) {
                continue;
            }
            for (Node p = parameters.getFirstChild(); p != null; p = p.getNextSibling()) {
                if (p instanceof Element parameter && parameter.getTagName().equals("parameter")) {
                    Element d = child(parameter, "description");
                    if (d != null) {
                        out.put(goal + "#" + child(parameter, "name").getTextContent(), d.getTextContent());
                    }
                }
            }
        }
        return out;
    }

    private static Element child(Element parent, String name) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }
}
