package io.github.qbank.plugin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.verify;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.inject.Inject;

import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fix goal maps its two parameters and, in a dry run, writes the patch and nothing else. */
@MojoTest
@Basedir("/unit/bank")
class FixMojoTest {

    @Inject
    private Log log;

    private Path bank;
    private Path output;

    @BeforeEach
    void paths() throws Exception {
        bank = Path.of(getClass().getResource("/unit/bank").toURI());
        output = bank.resolve("target/qbank-fix");
    }

    @AfterEach
    void removeOutput() throws Exception {
        Files.deleteIfExists(output.resolve(FixMojo.PATCH));
        Files.deleteIfExists(output);
    }

    @Test
    @InjectMojo(goal = "fix")
    @MojoParameter(name = "fixRules", value = "numbering,duplicate-question")
    void aRuleWithoutFixesIsAnErrorNamingTheElementAndTheProperty(FixMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("<fixRules> (qbank.fix.rules) rule 'duplicate-question' has no fixes; the rules qbank fixes are"
                + " numbering, heading-level, list-structure, missing-image, missing-local-file, and, when named,"
                + " dead-link", e.getMessage());
    }

    @Test
    @InjectMojo(goal = "fix")
    @MojoParameter(name = "dryRun", value = "true")
    @MojoParameter(name = "outputDirectory", value = "${project.basedir}/target/qbank-fix")
    void aDryRunWritesThePatchAndLeavesTheBank(FixMojo mojo) throws Exception {
        byte[] before = Files.readAllBytes(bank.resolve("README.md"));
        mojo.execute();
        assertArrayEquals(before, Files.readAllBytes(bank.resolve("README.md")));
        assertEquals("", Files.readString(output.resolve(FixMojo.PATCH)));
        verify(log).info("README.md:[8,12] (missing-image) not fixed: no existing file differs from it only in letter"
                + " case or separators (image img/diagram.png does not exist)");
        verify(log).info("qbank: 0 findings would be fixed in 0 files, 1 not fixed; nothing written, the patch is"
                + " target/qbank-fix/fix.patch");
        verify(log).info("qbank: missing-local-file: 0 fixed, 0 not fixed");
    }
}
