package io.github.qbank.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.verify;

import java.nio.file.Files;
import java.nio.file.Path;
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

/** The baseline goal writes the findings; the check goal then accepts them and fails on new ones only. */
@MojoTest
@Basedir("/unit/bank")
class BaselineMojoTest {

    @Inject
    private Log log;

    private Path bank;
    private Path baselineFile;

    @BeforeEach
    void paths() throws Exception {
        bank = Path.of(getClass().getResource("/unit/bank").toURI());
        baselineFile = bank.resolve("target/qbank-baseline.json");
        Files.deleteIfExists(baselineFile);
    }

    @AfterEach
    void removeBaseline() throws Exception {
        Files.deleteIfExists(baselineFile);
    }

    @Test
    @InjectMojo(goal = "baseline")
    void theBaselineFileDefaultsToTheProjectDirectory(BaselineMojo mojo) throws Exception {
        assertEquals(bank.resolve("qbank-baseline.json"), mojo.configuration().baseline());
    }

    @Test
    @InjectMojo(goal = "baseline")
    @MojoParameter(name = "baseline", value = "${project.basedir}/target/qbank-baseline.json")
    @MojoParameter(name = "links", value = "skip")
    void baselineWritesTheFindingsAndCheckThenPasses(BaselineMojo mojo) throws Exception {
        mojo.execute();
        String text = Files.readString(baselineFile);
        assertTrue(text.startsWith("{\"qbankBaseline\":1,\"findings\":[\n{\"file\":\"README.md\",\"rule\":\"missing-image\""),
                text);
        verify(log).info("qbank: baseline target/qbank-baseline.json written with 1 finding; commit it, and"
                + " qbank:check fails only on findings that are not in it");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "baseline", value = "${project.basedir}/target/qbank-baseline.json")
    @MojoParameter(name = "links", value = "skip")
    void aCorruptBaselineIsAnErrorNamingTheFileAndTheProperty(CheckMojo mojo) throws Exception {
        Files.writeString(baselineFile, "not json");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("<baseline> (qbank.baseline) the baseline file " + baselineFile
                + " is not a qbank baseline: it is not JSON"), e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "baseline", value = "${project.basedir}/target/qbank-baseline.json")
    @MojoParameter(name = "links", value = "skip")
    void checkFailsWithoutTheBaselineAndPassesWithIt(CheckMojo mojo) throws Exception {
        assertThrows(MojoFailureException.class, mojo::execute);
        Files.writeString(baselineFile, "{\"qbankBaseline\":1,\"findings\":[\n"
                + "{\"file\":\"README.md\",\"rule\":\"missing-image\",\"fingerprint\":\"" + fingerprint() + "\"},\n"
                + "{\"file\":\"README.md\",\"rule\":\"numbering\",\"fingerprint\":\"0000000000000000\"}\n]}\n");
        mojo.execute();
        verify(log).info("qbank: 1 known finding is fixed; run mvn qbank:baseline to prune it");
        assertFalse(Files.readString(bank.resolve("target/qbank/qbank-report.json")).contains("\"status\" : \"new\""));
    }

    private String fingerprint() throws Exception {
        String json = Files.readString(bank.resolve("target/qbank/qbank-report.json"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"fingerprint\" : \"([0-9a-f]+)\"").matcher(json);
        assertTrue(m.find(), json);
        return m.group(1);
    }
}
