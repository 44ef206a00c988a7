package io.github.qbank.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import javax.inject.Inject;

import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.qbank.core.FailOn;
import io.github.qbank.core.ReportFormat;
import io.github.qbank.core.Severity;
import io.github.qbank.core.check.QbankConfig;

/** The check goal's parameter wiring, skip, failOn and error messages, under the plugin testing harness. */
@MojoTest
@Basedir("/unit/bank")
class CheckMojoTest {

    @Inject
    private Log log;

    @Inject
    private MavenSession session;

    private Path reportDir;

    @BeforeEach
    void cleanReports() throws Exception {
        reportDir = Path.of(getClass().getResource("/unit/bank").toURI()).resolve("target/qbank");
        if (Files.exists(reportDir)) {
            // the model cache is a folder in there: deepest first
            try (var files = Files.walk(reportDir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    if (!p.equals(reportDir)) {
                        Files.delete(p);
                    }
                }
            }
        }
    }

    @Test
    @InjectMojo(goal = "check")
    void defaultsComeFromTheSpecification(CheckMojo mojo) throws Exception {
        QbankConfig config = mojo.configuration();
        assertEquals(FailOn.ERROR, config.failOn());
        assertEquals(java.util.List.of("**/*.md"), config.includes());
        assertEquals(java.util.List.of("**/target/**", "**/node_modules/**", "**/.git/**"), config.excludes());
        assertEquals(EnumSet.of(ReportFormat.HTML, ReportFormat.JSON, ReportFormat.SARIF), config.formats());
        assertTrue(config.links().check());
        assertEquals(10, config.links().timeoutSeconds());
        assertEquals(64, config.links().concurrency());
        assertEquals(8, config.links().perHost());
        assertEquals(2, config.links().retries());
        assertFalse(config.links().allowPrivate());
        assertEquals(reportDir.resolve("link-cache.json"), config.links().cacheFile());
        assertEquals(reportDir.resolve("cache"), config.cacheDirectory());
        assertEquals(reportDir, config.outputDirectory());
        assertTrue(config.answerLinkPattern().matcher("点击查看答案").find());
        assertTrue(config.links().softNotFound());
        assertFalse(config.links().archive());
        assertEquals("https://archive.org/wayback/available", config.links().archiveEndpoint());
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOn", value = "warning")
    @MojoParameter(name = "includes", value = "docs/**/*.md, *.md")
    @MojoParameter(name = "excludes", value = "drafts/**")
    @MojoParameter(name = "links", value = "skip")
    @MojoParameter(name = "linksTimeout", value = "3")
    @MojoParameter(name = "linksConcurrency", value = "5")
    @MojoParameter(name = "linksPerHost", value = "2")
    @MojoParameter(name = "linksRetries", value = "0")
    @MojoParameter(name = "linksAllowPrivate", value = "true")
    @MojoParameter(name = "formats", value = "json,checkstyle")
    @MojoParameter(name = "answerLinkPattern", value = "Lösung")
    @MojoParameter(name = "linksDeadline", value = "42")
    @MojoParameter(name = "linksCacheMaxAge", value = "2")
    @MojoParameter(name = "linksExcludes", value = "example\\.com, ^http://")
    @MojoParameter(name = "linksAccept", value = "403,999")
    @MojoParameter(name = "linksProxyOnlyHosts", value = "*.corp.internal, wiki.example.com")
    @MojoParameter(name = "linksSoftNotFound", value = "false")
    @MojoParameter(name = "linksArchive", value = "true")
    @MojoParameter(name = "linksArchiveEndpoint", value = "https://archive.example/available")
    void everyParameterReachesTheConfiguration(CheckMojo mojo) throws Exception {
        QbankConfig config = mojo.configuration();
        assertEquals(FailOn.WARNING, config.failOn());
        assertEquals(java.util.List.of("docs/**/*.md", "*.md"), config.includes());
        assertEquals(java.util.List.of("drafts/**"), config.excludes());
        assertFalse(config.links().check());
        assertEquals("links are not checked (qbank.links=skip)", config.links().skipReason());
        assertEquals(3, config.links().timeoutSeconds());
        assertEquals(5, config.links().concurrency());
        assertEquals(2, config.links().perHost());
        assertEquals(0, config.links().retries());
        assertTrue(config.links().allowPrivate());
        assertEquals(EnumSet.of(ReportFormat.JSON, ReportFormat.CHECKSTYLE), config.formats());
        assertTrue(config.answerLinkPattern().matcher("LÖSUNG").find());
        assertEquals(42, config.links().deadlineSeconds());
        assertEquals(7200, config.links().cacheMaxAgeSeconds());
        assertEquals(java.util.List.of("example\\.com", "^http://"),
                config.links().excludes().stream().map(java.util.regex.Pattern::pattern).toList());
        assertEquals(java.util.Set.of(403, 999), config.links().acceptedStatus());
        assertEquals(java.util.List.of("*.corp.internal", "wiki.example.com"), config.links().proxyOnlyHosts());
        assertFalse(config.links().softNotFound());
        assertTrue(config.links().archive());
        assertEquals("https://archive.example/available", config.links().archiveEndpoint());
    }

    @Test
    @InjectMojo(goal = "check", pom = "<project><build><plugins><plugin>"
            + "<artifactId>qbank-maven-plugin</artifactId><configuration><linksHeaders>"
            + "<header><host>*.example.com</host><name>Authorization</name><value>Bearer s3cr3t</value></header>"
            + "<header><host>*.example.com</host><name>X-Team</name><value>bank</value></header>"
            + "</linksHeaders></configuration></plugin></plugins></build></project>")
    void headersAreGroupedByHostAndTheirValuesNeverShown(CheckMojo mojo) throws Exception {
        var headers = mojo.configuration().links().headers();
        assertEquals(1, headers.size());
        assertEquals("*.example.com", headers.get(0).hostGlob());
        assertEquals(java.util.Map.of("Authorization", "Bearer s3cr3t", "X-Team", "bank"), headers.get(0).headers());
        assertFalse(headers.toString().contains("s3cr3t"));
    }

    private static final String HEADERS_POM = "<project><build><plugins><plugin>"
            + "<artifactId>qbank-maven-plugin</artifactId><configuration><linksHeaders>";
    private static final String HEADERS_END = "</linksHeaders></configuration></plugin></plugins></build></project>";

    @Test
    @InjectMojo(goal = "check", pom = HEADERS_POM
            + "<header><host>api.example.com</host><name>X Token</name><value>s3cr3t</value></header>" + HEADERS_END)
    void aHeaderNameThatIsNoTokenIsRefusedNamingTheElement(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::configuration);
        assertEquals("<linksHeaders> 'X Token' (host api.example.com) is not a valid HTTP header name: use letters,"
                + " digits and !#$%&'*+-.^_`|~ only", e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = HEADERS_POM
            + "<header><host>api.example.com</host><name>Authorization</name><value>Bearer s3cr3t&#13;&#10;X-Injected:"
            + " 1</value></header>" + HEADERS_END)
    void aHeaderValueWithALineBreakIsRefusedWithoutShowingIt(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::configuration);
        assertEquals("<linksHeaders> the value of header 'Authorization' (host api.example.com) contains a line break,"
                + " a control character or a character outside ASCII", e.getMessage());
        assertFalse(e.getMessage().contains("s3cr3t"));
    }

    @Test
    @InjectMojo(goal = "check", pom = HEADERS_POM
            + "<header><host>api.example.com</host><name>Authorization</name>"
            + "<valueFromEnvironment>ANSWERS_TOKEN</valueFromEnvironment></header>" + HEADERS_END)
    void aHeaderValueIsReadFromTheEnvironmentAtRunTime(CheckMojo mojo) throws Exception {
        QbankConfig config = ConfigurationMapper.mapWithEnvironment(mojo,
                java.util.Map.of("ANSWERS_TOKEN", "Bearer s3cr3t")::get);
        assertEquals(java.util.Map.of("Authorization", "Bearer s3cr3t"), config.links().headers().get(0).headers());
        assertFalse(config.links().headers().toString().contains("s3cr3t"));
        assertFalse(mojo.linksHeaders.toString().contains("s3cr3t"));
        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> ConfigurationMapper.mapWithEnvironment(mojo, name -> null));
        assertEquals("<linksHeaders><header><valueFromEnvironment> names ANSWERS_TOKEN, which is not set in the"
                + " environment (header 'Authorization' for host api.example.com)", e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = HEADERS_POM
            + "<header><host>api.example.com</host><name>Authorization</name><value>x</value>"
            + "<valueFromEnvironment>ANSWERS_TOKEN</valueFromEnvironment></header>" + HEADERS_END)
    void aHeaderTakesItsValueFromOnePlace(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::configuration);
        assertEquals("<linksHeaders><header> needs <host>, <name> and either <value> or <valueFromEnvironment>",
                e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOn", value = "never")
    void underGitHubActionsTheAnnotationsFileIsWritten(CheckMojo mojo) throws Exception {
        QbankConfig config = ConfigurationMapper.map(mojo, "true");
        assertTrue(config.githubAnnotations());
        assertFalse(ConfigurationMapper.map(mojo, null).githubAnnotations());
        io.github.qbank.core.report.Reports.write(new io.github.qbank.core.check.Qbank().check(config,
                io.github.qbank.core.CheckListener.silent()), config);
        assertEquals("::error file=README.md,line=8,col=12,title=qbank missing-image::image img/diagram.png does not"
                + " exist", Files.readString(reportDir.resolve("github-annotations.txt")).strip()
                        .replace("file=src/test/resources/unit/bank/", "file=")
                        .replaceAll("file=[^,]*unit/bank/", "file="));
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "linksAccept", value = "403,ok")
    void badAcceptedStatusNamesTheParameter(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("<linksAccept> (qbank.links.accept) 'ok' is not an HTTP status code", e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "skip", value = "true")
    void skipLogsOneLineAndWritesNothing(CheckMojo mojo) throws Exception {
        mojo.execute();
        verify(log).info("qbank: skipped (qbank.skip)");
        verify(log, never()).error(anyString());
        assertFalse(Files.exists(reportDir.resolve("qbank-report.json")));
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "formats", value = "json,checkstyle")
    void failsOnAnErrorAfterWritingTheReports(CheckMojo mojo) {
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("qbank: 1 error, 0 warnings in 1 file (1 chapter"), e.getMessage());
        assertTrue(e.getMessage().endsWith("report: target/qbank/qbank-report.json"), e.getMessage());
        verify(log).error("README.md:[8,12] (missing-image) image img/diagram.png does not exist");
        assertTrue(Files.isRegularFile(reportDir.resolve("qbank-report.json")));
        assertTrue(Files.isRegularFile(reportDir.resolve("qbank-checkstyle.xml")));
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOn", value = "never")
    @MojoParameter(name = "formats", value = "json")
    void failOnNeverReportsWithoutFailing(CheckMojo mojo) throws Exception {
        mojo.execute();
        verify(log).error("README.md:[8,12] (missing-image) image img/diagram.png does not exist");
        verify(log).info(startsWith("qbank: 1 error, 0 warnings"));
    }

    @Test
    @InjectMojo(goal = "check", pom = "<project><build><plugins><plugin>"
            + "<artifactId>qbank-maven-plugin</artifactId><configuration>"
            + "<rules><missing-image>warning</missing-image></rules><formats>json</formats>"
            + "</configuration></plugin></plugins></build></project>")
    void ruleSeverityComesFromTheRulesElement(CheckMojo mojo) throws Exception {
        assertEquals(Severity.WARNING, mojo.configuration().severities().get("missing-image"));
        mojo.execute();
        verify(log).warn("README.md:[8,12] (missing-image) image img/diagram.png does not exist");
    }

    @Test
    @InjectMojo(goal = "check", pom = "<project><build><plugins><plugin>"
            + "<artifactId>qbank-maven-plugin</artifactId><configuration>"
            + "<rules><no-such-rule>off</no-such-rule></rules>"
            + "</configuration></plugin></plugins></build></project>")
    void unknownRuleNamesTheRulesElement(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("<rules> (qbank.rules): unknown rule 'no-such-rule'; the rules are "), e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = "<project><build><plugins><plugin>"
            + "<artifactId>qbank-maven-plugin</artifactId><configuration>"
            + "<rules><missing-image>fatal</missing-image></rules>"
            + "</configuration></plugin></plugins></build></project>")
    void badSeverityNamesTheRuleElement(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("<rules><missing-image> 'fatal' is not a severity; use error, warning or off", e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOn", value = "sometimes")
    void badFailOnNamesTheParameterAndProperty(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("<failOn> (qbank.failOn) 'sometimes' is not a failOn level; use error, warning or never",
                e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "ratchetFrom", value = "no-such-ref")
    void anUnknownRatchetRefNamesTheParameterAndTheRefAndChecksNothing(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        // in a git repository the ref is unknown; in a source tree without one there is no repository
        assertTrue(e.getMessage().startsWith("<ratchetFrom> (qbank.ratchetFrom) 'no-such-ref' "), e.getMessage());
        assertTrue(e.getMessage().contains(" is not a commit of the git repository ")
                || e.getMessage().contains(" is not in a git repository"), e.getMessage());
        assertFalse(Files.exists(reportDir.resolve("qbank.json")), "no report of a full run");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "ratchetFrom", value = "no-such-ref")
    void aRatchetRefReachesTheConfiguration(CheckMojo mojo) throws Exception {
        assertEquals("no-such-ref", mojo.configuration().ratchetFrom());
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "formats", value = "json,pdf")
    void badFormatNamesTheParameterAndProperty(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("<formats> (qbank.formats) 'pdf' is not a report format; use html, json, sarif or checkstyle",
                e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "linksTimeout", value = "0")
    void badTimeoutNamesTheElementAndProperty(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("<linksTimeout> (qbank.links.timeout) must be at least 1 second, was 0", e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "linksArchiveEndpoint", value = "ftp://archive.example/available")
    void anArchiveEndpointThatIsNoWebAddressNamesTheElementAndProperty(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("<linksArchiveEndpoint> (qbank.links.archiveEndpoint) 'ftp://archive.example/available' is not"
                + " an http(s) URL; the web archive's availability API is https://archive.org/wayback/available",
                e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "includes", value = "**/*.md, [")
    void badIncludeGlobNamesTheParameter(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("<includes> (qbank.includes) '[' is not a valid glob: Missing ']"),
                e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "excludes", value = "drafts/{a")
    void badExcludeGlobNamesTheParameter(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("<excludes> (qbank.excludes) 'drafts/{a' is not a valid glob: Missing '}"),
                e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "answerLinkPattern", value = "(unclosed")
    void badPatternNamesTheParameter(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("<answerLinkPattern> (qbank.answerLinkPattern) is not a valid regular"),
                e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOn", value = "never")
    @MojoParameter(name = "formats", value = "json")
    void offlineMavenSkipsLinksAndSaysSoOnce(CheckMojo mojo) throws Exception {
        when(session.isOffline()).thenReturn(true);
        assertEquals("links are not checked: Maven is offline (-o)", mojo.configuration().links().skipReason());
        mojo.execute();
        verify(log).info("qbank: links are not checked: Maven is offline (-o)");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "outputDirectory", value = "${project.basedir}/README.md/reports")
    void unwritableOutputDirectoryNamesTheParameterAfterPrintingTheFindings(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("<outputDirectory> (qbank.outputDirectory) cannot create the report"
                + " directory"), e.getMessage());
        assertTrue(new File(mojo.baseDir, "README.md").isFile());
        // the findings are not lost with the reports
        verify(log).error("README.md:[8,12] (missing-image) image img/diagram.png does not exist");
        verify(log).info(org.mockito.ArgumentMatchers.matches("qbank: 1 error, 0 warnings in 1 file .*; no report written"));
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOn", value = "never")
    @MojoParameter(name = "formats", value = "json")
    @MojoParameter(name = "links", value = "skip")
    void noLoggedLineFromAHostileBankCanBecomeARunnerCommand(CheckMojo mojo, @TempDir Path bank) throws Exception {
        Files.writeString(bank.resolve("README.md"), "# Hostile\n\n"
                + "<a href=\"x\n::error file=README.md,line=1::forged\n.md\">a</a>\n\n"
                + "[b](%0D::add-mask::qbank)\n\n[c](docs/%23%23%5Bstop-commands%5Dtoken.md)\n");
        Path forgedName;
        try {
            forgedName = Files.writeString(bank.resolve("n\n::warning file=a::forged by a name\n.md"), "![i](gone.png)\n");
        } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
            forgedName = null; // a file system without newlines in names: the attribute still tests the rest
        }
        mojo.baseDir = bank.toFile();
        mojo.outputDirectory = bank.resolve("target/qbank").toFile();
        mojo.execute();

        java.util.List<String> lines = new java.util.ArrayList<>();
        for (var call : org.mockito.Mockito.mockingDetails(log).getInvocations()) {
            for (Object argument : call.getArguments()) {
                if (argument instanceof CharSequence text) {
                    lines.addAll(java.util.List.of(text.toString().split("\\R", -1)));
                }
            }
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains("forged")), lines.toString());
        for (String line : lines) {
            assertFalse(line.stripLeading().startsWith("::"), "a runner command: " + line);
            assertFalse(line.contains("##["), "a runner command of the old syntax: " + line);
        }
        assertEquals(forgedName == null ? 3 : 4, lines.stream().filter(l -> l.startsWith("README.md:[")
                || l.startsWith("n\u240A")).count(), lines.toString());
    }
}
