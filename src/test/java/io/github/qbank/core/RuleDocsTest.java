package io.github.qbank.core;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.github.qbank.core.rules.Rule;
import io.github.qbank.core.rules.RuleRegistry;

/**
 * The lists of rules that people read are rendered from {@link RuleRegistry#standard()}, the one place
 * a rule is registered: the README's rule table, the table of {@code docs/rules/README.md} and the
 * Rules menu of {@code src/site/site.xml}, each rule with its id, default severity and description,
 * in the order the rules run. Each list stands between the markers {@code rules:start} and
 * {@code rules:end}; when one differs, the test fails with the whole block to paste in its place.
 */
class RuleDocsTest {

    private static final String START = "rules:start";
    private static final String END = "rules:end";
    private static final String MARKDOWN_SPECIALS = "\\`*_[]<|";

    @Test
    void theReadmeTableListsEveryRule() throws IOException {
        assertBlock(Path.of("README.md"), table("docs/rules/"));
    }

    @Test
    void theIndexOfRulePagesListsEveryRule() throws IOException {
        assertBlock(Path.of("docs/rules/README.md"), table(""));
    }

    @Test
    void theSiteMenuListsEveryRule() throws IOException {
        assertBlock(Path.of("src/site/site.xml"), menu());
    }

    /**
     * The Markdown table of the rules, between its markers.
     * @param pages where the rule pages are, relative to the file that holds the table
     */
    private static String table(String pages) {
        StringBuilder out = new StringBuilder(comment(START)).append("\n\n")
                .append("| rule | default | what it finds |\n|---|---|---|\n");
        for (Rule rule : RuleRegistry.standard().rules()) {
            out.append("| [`").append(rule.id()).append("`](").append(pages).append(rule.id()).append(".md) | ")
                    .append(rule.defaultSeverity().id()).append(" | ").append(cell(rule.description())).append(" |\n");
        }
        return out.append('\n').append(comment(END)).toString();
    }

    /** The items of the site's Rules menu, one per rule page, between their markers. */
    private static String menu() {
        String indent = " ".repeat(8);
        StringBuilder out = new StringBuilder(comment(START)).append('\n');
        for (Rule rule : RuleRegistry.standard().rules()) {
            out.append(indent).append("<item name=\"").append(rule.id()).append("\" href=\"rules/").append(rule.id())
                    .append(".html\"/>\n");
        }
        return out.append(indent).append(comment(END)).toString();
    }

    /**
     * A rule's description as a table cell: a phrase, like the table's other cells, so its first
     * letter is lower case (unless the first word is in capitals) and its final full stop dropped.
     */
    private static String cell(String description) {
        String phrase = description.strip();
        if (phrase.endsWith(".")) {
            phrase = phrase.substring(0, phrase.length() - 1);
        }
        String firstWord = phrase.split(" ", 2)[0];
        if (firstWord.length() == 1 || !firstWord.equals(firstWord.toUpperCase(Locale.ROOT))) {
            phrase = phrase.substring(0, 1).toLowerCase(Locale.ROOT) + phrase.substring(1);
        }
        StringBuilder escaped = new StringBuilder();
        for (char c : phrase.toCharArray()) {
            if (MARKDOWN_SPECIALS.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    private static String comment(String marker) {
        return "<!-- " + marker + " -->";
    }

    private static void assertBlock(Path file, String expected) throws IOException {
        String text = Files.readString(file);
        int start = text.indexOf(comment(START));
        int end = text.indexOf(comment(END));
        String paste = "\n--- the block for " + file + ", markers included ---\n" + expected
                + "\n--- end of block ---\n";
        if (start < 0 || end < start || text.indexOf(comment(START), start + 1) >= 0) {
            fail(file + " needs the list of rules once, from " + comment(START) + " to " + comment(END) + paste);
        }
        if (!text.substring(start, end + comment(END).length()).equals(expected)) {
            fail(file + ": the list of rules differs from RuleRegistry.standard(); paste the block in its place"
                    + paste);
        }
    }
}
