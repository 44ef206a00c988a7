package io.github.qbank.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.qbank.core.check.CheckResult;
import io.github.qbank.core.check.Qbank;
import io.github.qbank.core.check.QbankConfig;
import io.github.qbank.core.report.Reports;
import io.github.qbank.core.rules.Rule;
import io.github.qbank.core.rules.RuleRegistry;

/**
 * Every rule has a documentation page ({@code docs/rules/<id>.md}) and a fixture folder
 * ({@code src/test/resources/fixtures/<id>/}); every page is a rule's; the README's and the index's
 * tables link every page; and SARIF carries each page as the rule's help.
 */
class RulePagesTest {

    private static final Path PAGES = Path.of("docs/rules");
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final Set<String> RULES = new TreeSet<>(RuleRegistry.standard().ids());

    @Test
    void everyRuleHasAPageAndEveryPageARule() throws IOException {
        Set<String> pages = new TreeSet<>();
        try (Stream<Path> s = Files.list(PAGES)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md") && !n.equals("README.md"))
                    .forEach(n -> pages.add(n.substring(0, n.length() - 3)));
        }
        assertEquals(RULES, pages, "docs/rules/<id>.md, one page per rule of RuleRegistry and no other");
    }

    @Test
    void everyPageSaysWhatWhyAnExampleConfigurationAndSuppression() throws IOException {
        List<String> incomplete = new ArrayList<>();
        for (Rule rule : RuleRegistry.standard().rules()) {
            String page = Files.readString(PAGES.resolve(rule.id() + ".md"));
            for (String part : List.of("# `" + rule.id() + "`\n",
                    "Default severity: **" + rule.defaultSeverity().name().toLowerCase() + "**",
                    "\n## What it checks\n", "\n## Why a reader cares\n", "\n## Example\n", "\n## Configuration\n",
                    "<" + rule.id() + ">", "-Dqbank.rules=" + rule.id() + ":", "\n## Suppression\n",
                    "qbank-disable-next-line " + rule.id())) {
                if (!page.contains(part)) {
                    incomplete.add(rule.id() + ".md lacks " + part.strip());
                }
            }
        }
        assertEquals(List.of(), incomplete);
    }

    @Test
    void everyRuleHasAFixtureFolderWithAFixture() throws IOException {
        List<String> without = new ArrayList<>();
        for (String id : RULES) {
            Path folder = FIXTURES.resolve(id);
            boolean any = false;
            if (Files.isDirectory(folder)) {
                try (Stream<Path> s = Files.list(folder)) {
                    any = s.anyMatch(p -> p.getFileName().toString().endsWith(".md")
                            || p.getFileName().toString().endsWith(".bank"));
                }
            }
            if (!any) {
                without.add(id);
            }
        }
        assertEquals(List.of(), without, "rules without fixtures in src/test/resources/fixtures/<id>/");
    }

    @Test
    void theReadmeAndTheIndexLinkEveryPageOnce() throws IOException {
        List<String> readme = linkedRules(Files.readString(Path.of("README.md")),
                "\\| \\[`([a-z-]+)`\\]\\(docs/rules/\\1\\.md\\) \\|");
        assertEquals(RULES, new TreeSet<>(readme), "README.md's rule table");
        assertEquals(RULES.size(), readme.size(), "README.md's rule table: " + readme);
        assertEquals(RuleRegistry.standard().ids(), linkedRules(Files.readString(PAGES.resolve("README.md")),
                "\\| \\[`([a-z-]+)`\\]\\(\\1\\.md\\) \\|"), "docs/rules/README.md, in the order the rules run");
    }

    @Test
    void sarifCarriesEachPageAsTheRulesHelpWithAbsoluteLinks(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("README.md"), "# Bank\n\n- 1 one\n- 3 three\n");
        QbankConfig config = Configs.offline(dir).includes(List.of("README.md")).outputDirectory(dir.resolve("reports"))
                .formats(List.of("sarif")).build();
        CheckResult result = new Qbank().check(config, CheckListener.silent());
        assertEquals(1, result.findings().size());
        Reports.write(result, config);
        JsonNode rules = new ObjectMapper().readTree(dir.resolve("reports/qbank.sarif").toFile())
                .at("/runs/0/tool/driver/rules");
        assertEquals(RULES.size(), rules.size());
        for (JsonNode rule : rules) {
            String id = rule.get("id").asText();
            String markdown = rule.at("/help/markdown").asText();
            assertNotNull(rule.at("/help/text").textValue(), id);
            assertTrue(rule.at("/help/text").asText().endsWith(" See " + Rule.DOCUMENTATION_BASE + id + ".md"), id);
            assertEquals(Rule.DOCUMENTATION_BASE + id + ".md", rule.get("helpUri").asText());
            assertTrue(markdown.startsWith("# `" + id + "`\n"), id);
            List<String> relative = new ArrayList<>();
            String prose = markdown.replaceAll("(?s)```.*?```", "").replaceAll("`[^`\\n]*`", "");
            Matcher link = Pattern.compile("\\]\\(([^)]+)\\)").matcher(prose);
            while (link.find()) {
                if (!link.group(1).startsWith("https://") && !link.group(1).startsWith("#")) {
                    relative.add(link.group(1));
                }
            }
            assertEquals(List.of(), relative, id + ": links in SARIF help are absolute");
        }
        JsonNode deadLink = rules.get(RuleRegistry.standard().ids().indexOf("dead-link"));
        String help = deadLink.at("/help/markdown").asText();
        assertTrue(help.contains("[All rules](" + Rule.DOCUMENTATION_BASE + "README.md)"), help);
        assertTrue(help.contains("(" + Rule.DOCUMENTATION_BASE + "missing-image.md)"), help);
        assertTrue(help.contains("(https://github.com/qbank/qbank-maven-plugin/blob/main/README.md#link-checking)"), help);
        String examples = rules.get(RuleRegistry.standard().ids().indexOf("missing-local-file")).at("/help/markdown")
                .asText();
        assertTrue(examples.contains("- [Git chapter](chapters\\git.md)\n"), "code blocks are kept as written");
    }

    private static List<String> linkedRules(String text, String row) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(row).matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
