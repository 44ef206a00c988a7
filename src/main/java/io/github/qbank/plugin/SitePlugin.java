package io.github.qbank.plugin;

import java.util.Optional;

import org.apache.maven.artifact.versioning.ComparableVersion;
import org.codehaus.plexus.classworlds.realm.ClassRealm;

import io.github.qbank.core.Message;

/**
 * The maven-site-plugin that runs {@code qbank:report}. The site plugin gives a report its reporting
 * API ({@code MavenReport}, Doxia's sink) from its own class realm, whose id names it:
 * {@code plugin>org.apache.maven.plugins:maven-site-plugin:3.3}. qbank fills its page under 3.12.1,
 * the version Maven 3.9 runs by default, and later; Maven 3.8 runs 3.3, which cannot render today's
 * reports (the project-info reports it adds by default, in their newest version, fail it), so a
 * site under an older one fails at once with the version to pin.
 */
final class SitePlugin {

    /** The oldest site plugin qbank's page is made for. */
    static final String OLDEST = "3.12.1";

    /** The version the README and the failure tell users to pin: the one qbank's own build uses. */
    static final String TO_PIN = "3.21.0";

    private static final String REALM_PREFIX = "plugin>org.apache.maven.plugins:maven-site-plugin:";

    private SitePlugin() {}

    /**
     * @param reportingApi the class loader of the {@code MavenReport} interface the report implements
     * @return the site plugin's version, when a site plugin gave the report its API
     */
    static Optional<String> version(ClassLoader reportingApi) {
        if (reportingApi instanceof ClassRealm realm && realm.getId().startsWith(REALM_PREFIX)) {
            return Optional.of(realm.getId().substring(REALM_PREFIX.length()));
        }
        return Optional.empty();
    }

    /**
     * @param version the site plugin's version
     * @return why qbank's page cannot be made under it, naming the version to pin, when it is older than {@link #OLDEST}
     */
    static Optional<Message> tooOld(String version) {
        if (new ComparableVersion(version).compareTo(new ComparableVersion(OLDEST)) >= 0) {
            return Optional.empty();
        }
        return Optional.of(Message.of("site-report.site-plugin-too-old", version, OLDEST, TO_PIN));
    }
}
