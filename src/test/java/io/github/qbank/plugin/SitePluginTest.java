package io.github.qbank.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.codehaus.plexus.classworlds.ClassWorld;
import org.junit.jupiter.api.Test;

/** The site plugin that runs the report, told by the class realm of the reporting API, and the one line for an old one. */
class SitePluginTest {

    private final ClassWorld world = new ClassWorld();

    @Test
    void theVersionIsReadFromTheSitePluginsRealm() throws Exception {
        assertEquals(Optional.of("3.12.1"),
                SitePlugin.version(world.newRealm("plugin>org.apache.maven.plugins:maven-site-plugin:3.12.1")));
    }

    @Test
    void anotherPluginsRealmOrAPlainClassLoaderIsNoSitePlugin() throws Exception {
        assertEquals(Optional.empty(), SitePlugin.version(world.newRealm("plugin>io.github.qbank:qbank-maven-plugin:0.1.0")));
        assertEquals(Optional.empty(), SitePlugin.version(getClass().getClassLoader()));
    }

    @Test
    void mavenThreeEightsSitePluginIsTooOldAndTheLineNamesTheVersionToPin() {
        assertEquals("qbank:report needs maven-site-plugin 3.12.1 or later, but this site runs 3.3 (Maven 3.8's default):"
                + " pin org.apache.maven.plugins:maven-site-plugin 3.21.0 in <build><pluginManagement> of the pom",
                SitePlugin.tooOld("3.3").orElseThrow().text());
        assertEquals(Optional.of("3.11.0"), SitePlugin.tooOld("3.11.0").map(m -> m.arguments().get(0)));
    }

    @Test
    void mavenThreeNinesSitePluginAndLaterAreNotTooOld() {
        assertEquals(Optional.empty(), SitePlugin.tooOld("3.12.1"));
        assertEquals(Optional.empty(), SitePlugin.tooOld("3.21.0"));
        assertEquals(Optional.empty(), SitePlugin.tooOld("4.0.0-M16"));
    }

    @Test
    void theVersionToPinIsTheOneQbanksOwnBuildUses() throws Exception {
        Matcher m = Pattern.compile("<site-plugin.version>([^<]+)</site-plugin.version>").matcher(Files.readString(Path.of("pom.xml")));
        m.find();
        assertEquals(m.group(1), SitePlugin.TO_PIN);
    }
}
