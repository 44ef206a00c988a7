package io.github.qbank.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

import io.github.qbank.core.check.QbankConfig;
import io.github.qbank.core.local.SiteRoutes;

/** {@code respectGitignore}, {@code siteRoot} and {@code linkRemaps} reach the configuration; errors name them. */
@MojoTest
@Basedir("/unit/bank")
class RepositorySettingsMojoTest {

    @Test
    @InjectMojo(goal = "check")
    void byDefaultGitignoreIsRespectedAndTheBankIsNoSite(CheckMojo mojo) throws Exception {
        QbankConfig config = mojo.configuration();
        assertTrue(config.respectGitignore());
        assertSame(SiteRoutes.NONE, config.siteRoutes());
    }

    @Test
    @InjectMojo(goal = "check", pom = "<project><build><plugins><plugin>"
            + "<artifactId>qbank-maven-plugin</artifactId><configuration>"
            + "<respectGitignore>false</respectGitignore><siteRoot>.</siteRoot><linkRemaps>"
            + "<linkRemap>^/api/(.*)$ -> /reference/$1.md</linkRemap><linkRemap>\\.htm$ -> .md</linkRemap>"
            + "</linkRemaps></configuration></plugin></plugins></build></project>")
    void theSettingsReachTheConfiguration(CheckMojo mojo) throws Exception {
        QbankConfig config = mojo.configuration();
        assertFalse(config.respectGitignore());
        assertEquals(Path.of(getClass().getResource("/unit/bank").toURI()), config.siteRoutes().siteRoot());
        assertEquals("[^/api/(.*)$ -> /reference/$1.md, \\.htm$ -> .md]", config.siteRoutes().remaps().toString());
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "siteRoot", value = "site")
    void aSiteRootThatIsNoFolderNamesTheParameter(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::configuration);
        assertTrue(e.getMessage().startsWith("<siteRoot> (qbank.siteRoot) 'site' is not a folder of the project"),
                e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "linkRemaps", value = "^/(.*$ -> /docs/$1.md")
    void aBadRemapNamesTheParameter(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::configuration);
        assertEquals("<linkRemaps> (qbank.linkRemaps) '^/(.*$' is not a regular expression: Unclosed group",
                e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "siteRoot", value = "")
    void aBlankSiteRootIsNone(CheckMojo mojo) throws Exception {
        assertNull(mojo.configuration().siteRoutes().siteRoot());
    }
}
