package io.github.qbank.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.verify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import javax.inject.Inject;

import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the check goal says: errors that fail the build at error level, the table, the GitHub step summary. */
@MojoTest
@Basedir("/unit/bank")
class CheckMojoConsoleTest {

    @Inject
    private Log log;

    private Path summary;

    @BeforeEach
    void paths() throws Exception {
        summary = Path.of(getClass().getResource("/unit/bank").toURI()).resolve("target/step-summary.md");
        Files.createDirectories(summary.getParent());
        Files.deleteIfExists(summary);
    }

    @AfterEach
    void removeSummary() throws Exception {
        Files.deleteIfExists(summary);
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "links", value = "skip")
    @MojoParameter(name = "baseline", value = "${project.basedir}/target/no-baseline.json")
    void theErrorThatFailsTheBuildIsLoggedAtErrorLevelAndTheTableFollows(CheckMojo mojo) {
        mojo.environment = name -> null;
        assertThrows(MojoFailureException.class, mojo::execute);
        verify(log).error("README.md:[8,12] (missing-image) image img/diagram.png does not exist");
        verify(log).info("qbank: rule                   severity   new  known");
        verify(log).info("qbank: missing-image          error        1      0");
        assertFalse(Files.exists(summary));
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "links", value = "skip")
    @MojoParameter(name = "failOn", value = "never")
    @MojoParameter(name = "baseline", value = "${project.basedir}/target/no-baseline.json")
    void underGitHubActionsTheStepSummaryIsAppended(CheckMojo mojo) throws Exception {
        mojo.environment = Map.of("GITHUB_STEP_SUMMARY", summary.toString())::get;
        mojo.execute();
        String text = Files.readString(summary);
        assertTrue(text.startsWith("## qbank: passed\n\n1 new error, 0 new warnings, 0 known findings\n\n"), text);
        assertTrue(text.contains("| `missing-image` | error | 1 | 0 |\n"), text);
        assertTrue(text.contains("- README\\.md\\:8 (missing-image) image img\\/diagram\\.png does not exist\n"), text);
        assertTrue(text.endsWith("Report: target\\/qbank\\/index\\.html\n\n"), text);
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "consoleMaxPerRule", value = "-1")
    void aNegativeMaxPerRuleNamesTheParameter(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::configuration);
        assertEquals("<consoleMaxPerRule> (qbank.console.maxPerRule) must be 0 or more, was -1", e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    void maxPerRuleDefaultsToTwenty(CheckMojo mojo) throws Exception {
        assertEquals(20, mojo.configuration().consoleMaxPerRule());
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "links", value = "skip")
    @MojoParameter(name = "locale", value = "zh-CN")
    @MojoParameter(name = "baseline", value = "${project.basedir}/target/no-baseline.json")
    void withLocaleZhCnTheConsoleAndTheStepSummaryAreChinese(CheckMojo mojo) throws Exception {
        mojo.environment = Map.of("GITHUB_STEP_SUMMARY", summary.toString())::get;
        assertEquals(Locale.SIMPLIFIED_CHINESE, mojo.configuration().locale());
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        verify(log).error("README.md:[8,12] (missing-image) 图片 img/diagram.png 不存在");
        verify(log).info("qbank: 规则                   级别      新增   已知");
        verify(log).info("qbank: missing-image          错误         1      0");
        assertTrue(e.getMessage().startsWith("qbank：检查了 1 个文件（"), e.getMessage());
        assertTrue(e.getMessage().contains("），发现 1 个错误、0 个警告，用时 "), e.getMessage());
        assertTrue(e.getMessage().endsWith(" ms；报告：target/qbank/index.html"), e.getMessage());
        String text = Files.readString(summary);
        assertTrue(text.startsWith("## qbank：未通过\n\n1 个新错误、0 个新警告、0 个已知问题\n\n"), text);
        assertTrue(text.contains("| 规则 | 级别 | 新增 | 已知 |\n|---|---|--:|--:|\n| `missing-image` | 错误 | 1 | 0 |\n"), text);
        assertTrue(text.endsWith("报告：target\\/qbank\\/index\\.html\n\n"), text);
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "locale", value = "fr")
    void aLanguageQbankDoesNotSpeakIsEnglish(CheckMojo mojo) throws Exception {
        assertEquals(Locale.ENGLISH, mojo.configuration().locale());
    }
}
