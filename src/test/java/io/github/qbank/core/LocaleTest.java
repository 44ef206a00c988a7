package io.github.qbank.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.qbank.core.baseline.Baseline;
import io.github.qbank.core.check.CheckResult;
import io.github.qbank.core.check.Qbank;
import io.github.qbank.core.check.QbankConfig;
import io.github.qbank.core.report.Reports;
import io.github.qbank.core.rules.Rule;
import io.github.qbank.core.rules.RuleRegistry;

/**
 * {@code qbank.locale}: the words change with it, nothing a machine compares does. The example bank
 * is checked in English and in Chinese, and its JSON report (apart from each finding's
 * {@code message}) and its baseline come out the same; the reference bank's findings read in Chinese.
 */
class LocaleTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void onlyEnglishAndSimplifiedChineseAreSpokenAndAnyOtherLanguageIsEnglish() {
        for (String tag : List.of("zh-CN", "zh_CN", "zh", "ZH-cn", "zh-Hans", "zh-Hans-CN", "zh-SG", " zh-CN ")) {
            assertEquals(CHINESE, Message.supported(tag), tag);
        }
        for (String tag : List.of("en", "en-US", "fr", "de-DE", "zh-TW", "zh-HK", "zh-Hant", "zh-Hant-CN", "x")) {
            assertEquals(Locale.ENGLISH, Message.supported(tag), tag);
        }
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.CHINA);
            assertEquals(CHINESE, Message.supported((String) null), "unset: the JVM's locale, as Checkstyle does");
            assertEquals(CHINESE, QbankConfig.builder(Path.of(".")).build().locale());
            Locale.setDefault(Locale.GERMANY);
            assertEquals(Locale.ENGLISH, Message.supported(""));
            assertEquals(Locale.ENGLISH, QbankConfig.builder(Path.of(".")).build().locale());
        } catch (QbankException e) {
            throw new AssertionError(e);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theJsonReportApartFromMessagesAndTheBaselineAreTheSameInEveryLanguage() throws Exception {
        Run english = run(Locale.ENGLISH, dir.resolve("en"));
        Run chinese = run(CHINESE, dir.resolve("zh"));
        assertTrue(english.result.findings().size() >= 10, english.result.findings().size() + " findings");

        JsonNode en = JSON.readTree(dir.resolve("en/qbank-report.json").toFile());
        JsonNode zh = JSON.readTree(dir.resolve("zh/qbank-report.json").toFile());
        List<String> enMessages = messages(en);
        List<String> zhMessages = messages(zh);
        assertEquals(enMessages.size(), zhMessages.size());
        for (int i = 0; i < enMessages.size(); i++) {
            assertNotEquals(enMessages.get(i), zhMessages.get(i), "finding " + i + " is translated");
            assertTrue(HAN.matcher(zhMessages.get(i)).find(), zhMessages.get(i));
        }
        assertEquals(withoutRunAndMessages(en), withoutRunAndMessages(zh),
                "rule, expected, actual, fingerprint and everything else do not depend on the language");

        Baseline.write(dir.resolve("en.json"), english.result.tracked());
        Baseline.write(dir.resolve("zh.json"), chinese.result.tracked());
        assertEquals(Files.readString(dir.resolve("en.json")), Files.readString(dir.resolve("zh.json")));

        String enHtml = Files.readString(dir.resolve("en/index.html"));
        String zhHtml = Files.readString(dir.resolve("zh/index.html"));
        assertTrue(enHtml.startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n"), enHtml.substring(0, 40));
        assertTrue(zhHtml.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n"), zhHtml.substring(0, 40));
        assertTrue(zhHtml.contains("<a href=\"#summary\">概览</a>"), "the page's own words are Chinese");
        assertTrue(zhHtml.contains("应为 <code>列表项</code> · 实为 <code>段落文字</code>"),
                "the values that are words are shown in Chinese, and stay as they are in the JSON");

        JsonNode sarif = JSON.readTree(dir.resolve("zh/qbank.sarif").toFile()).get("runs").get(0);
        assertEquals("zh-CN", sarif.get("language").asText());
        assertTrue(HAN.matcher(sarif.get("results").get(0).get("message").get("text").asText()).find());
        assertTrue(HAN.matcher(sarif.get("tool").get("driver").get("rules").get(0).get("shortDescription").get("text")
                .asText()).find());
        assertTrue(Files.readString(dir.resolve("zh/qbank-checkstyle.xml")).contains("message=\"图片 "),
                "checkstyle's messages are Chinese");
    }

    /**
     * The reference bank checked with {@code qbank.locale=zh-CN}: the share of its findings whose
     * message reads in Chinese. A message counts when its own words are Chinese, with every text
     * taken from the bank (a title, a path) blanked out, so Chinese titles in an English sentence
     * do not count.
     */
    @Test
    void atLeast95PercentOfTheReferenceBanksFindingsReadInChinese() throws Exception {
        Path bank = Path.of(System.getProperty("qbank.sharedDir", "../shared"), "corpus", "llm-interview");
        assumeTrue(Files.isRegularFile(bank.resolve("README.md")), "the reference bank is not at " + bank);
        QbankConfig config = Configs.offline(bank).includes(List.of("README.md")).locale(CHINESE)
                .outputDirectory(dir.resolve("report")).formats(List.of("json")).build();
        CheckResult result = new Qbank().check(config, CheckListener.silent());
        Reports.write(result, config);
        List<String> shown = messages(JSON.readTree(dir.resolve("report/qbank-report.json").toFile()));
        assertEquals(result.findings().size(), shown.size());
        assertTrue(shown.size() >= 10, shown.size() + " findings");

        long withChinese = shown.stream().filter(m -> HAN.matcher(m).find()).count();
        long chineseWording = result.findings().stream()
                .filter(f -> HAN.matcher(blanked(f.message()).text(CHINESE)).find()).count();
        long englishWording = result.findings().stream()
                .filter(f -> HAN.matcher(blanked(f.message()).text(Locale.ENGLISH)).find()).count();
        double share = (double) chineseWording / shown.size();
        System.out.printf(Locale.ROOT, "qbank.locale=zh-CN on the reference bank: %d findings, %d (%.1f %%) read in"
                + " Chinese by their own words, %d show Chinese text; in English %d by their own words%n",
                shown.size(), chineseWording, 100 * share, withChinese, englishWording);
        assertEquals(0, englishWording, "the measure tells the languages apart");
        assertTrue(share >= 0.95, String.format(Locale.ROOT, "%.3f of the findings read in Chinese", share));
    }

    @Test
    void aRulesPageInTheReadersLanguageIsUsedWhereTheJarHasOneElseTheEnglishPage() {
        Rule numbering = RuleRegistry.standard().rule("numbering");
        String base = "https://github.com/qbank/qbank-maven-plugin/blob/main/docs/rules/";
        assertEquals(base + "numbering.md", numbering.helpUri(Locale.ENGLISH));
        assertEquals(numbering.helpMarkdown(), numbering.helpMarkdown(Locale.ENGLISH));
        // a test page, src/test/resources/…/rules/pages/fr/numbering.md, stands for a translation
        assertEquals(base + "fr/numbering.md", numbering.helpUri(Locale.FRENCH));
        assertEquals("# numbering\n\nUne page de test : voir [heading-level](" + base + "fr/heading-level.md).\n",
                numbering.helpMarkdown(Locale.FRENCH));
        assertEquals(base + "heading-level.md", RuleRegistry.standard().rule("heading-level").helpUri(Locale.FRENCH));
        // docs/rules/zh-CN/ is copied into the jar: every rule has its Chinese page
        for (Rule rule : RuleRegistry.standard().rules()) {
            assertEquals(base + "zh-CN/" + rule.id() + ".md", rule.helpUri(CHINESE));
            assertTrue(HAN.matcher(rule.helpMarkdown(CHINESE)).find(), rule.id());
        }
    }

    /** The message with every text argument replaced by {@code x}, nested messages kept. */
    private static Message blanked(Message m) {
        List<Object> args = new ArrayList<>();
        for (Object a : m.arguments()) {
            args.add(a instanceof Message nested ? blanked(nested) : "x");
        }
        return new Message(m.key(), args);
    }

    private record Run(CheckResult result) {}

    private static Run run(Locale locale, Path out) throws Exception {
        QbankConfig config = Configs.offline(Path.of("examples")).includes(List.of("bank/**/*.md")).locale(locale)
                .outputDirectory(out).formats(List.of("html", "json", "sarif", "checkstyle")).build();
        CheckResult result = new Qbank().check(config, CheckListener.silent());
        Reports.write(result, config);
        return new Run(result);
    }

    private static List<String> messages(JsonNode report) {
        List<String> out = new ArrayList<>();
        report.get("findings").forEach(f -> out.add(f.get("message").asText()));
        return out;
    }

    /** The report without what differs from run to run (id, times) and without the findings' messages. */
    private static JsonNode withoutRunAndMessages(JsonNode report) {
        ObjectNode copy = report.deepCopy();
        copy.remove("run");
        ((ObjectNode) copy.get("summary")).remove("durationMs");
        copy.get("findings").forEach(f -> ((ObjectNode) f).remove("message"));
        return copy;
    }
}
