package io.github.qbank.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

import io.github.qbank.core.Severity;

/** The configuration shapes people already write: list elements, brace globs, severities from the command line. */
@MojoTest
@Basedir("/unit/bank")
class ConfigurationFormsTest {

    private static final String POM = "<project><build><plugins><plugin>"
            + "<artifactId>qbank-maven-plugin</artifactId><configuration>";
    private static final String END = "</configuration></plugin></plugins></build></project>";

    @Test
    @InjectMojo(goal = "check", pom = POM + "<includes><include>docs/**/*.md</include><include>*.{md,markdown}</include>"
            + "</includes><excludes><exclude>drafts/**</exclude></excludes>" + END)
    void includesAndExcludesMayBeListElements(CheckMojo mojo) throws Exception {
        assertEquals(List.of("docs/**/*.md", "*.{md,markdown}"), mojo.configuration().includes());
        assertEquals(List.of("drafts/**"), mojo.configuration().excludes());
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "includes", value = "**/*.{md,markdown}, notes/*.txt")
    void aCommaSeparatedListKeepsTheCommasOfBraces(CheckMojo mojo) throws Exception {
        assertEquals(List.of("**/*.{md,markdown}", "notes/*.txt"), mojo.configuration().includes());
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "includes", value = "**/*.{md")
    void anUnclosedBraceNamesTheParameter(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::configuration);
        assertEquals("<includes> (qbank.includes) '**/*.{md' is not a valid glob: Missing '} at character 8", e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM + "<rules><numbering>off</numbering><broken-anchor>warning</broken-anchor>"
            + "</rules><ruleSeverities>missing-answer-link:off, numbering:warning</ruleSeverities>" + END)
    void qbankRulesIsMergedOverTheRulesMap(CheckMojo mojo) throws Exception {
        assertEquals(Map.of("numbering", Severity.WARNING, "broken-anchor", Severity.WARNING,
                "missing-answer-link", Severity.OFF), mojo.configuration().severities());
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "ruleSeverities", value = "numbering:loud")
    void aWrongSeverityInQbankRulesNamesIt(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::configuration);
        assertEquals("qbank.rules: numbering: 'loud' is not a severity; use error, warning or off", e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "ruleSeverities", value = "numbring:off")
    void anUnknownRuleInQbankRulesNamesIt(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals(true, e.getMessage().startsWith("<rules> (qbank.rules): unknown rule 'numbring'; the rules are "),
                e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "ruleSeverities", value = "numbering")
    void anEntryWithoutSeverityInQbankRulesNamesIt(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::configuration);
        assertEquals("qbank.rules: 'numbering' is not rule:severity, e.g. numbering:warning", e.getMessage());
    }
}
