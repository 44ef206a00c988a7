package io.github.qbank.plugin;

import java.util.Map;

import org.apache.maven.plugin.MojoExecutionException;

import io.github.qbank.core.FailOn;
import io.github.qbank.core.LinkSettings;
import io.github.qbank.core.QbankConfig;
import io.github.qbank.core.QbankException;
import io.github.qbank.core.Severity;

/** Turns Mojo parameters into a {@link QbankConfig}. Every error names the POM element and the property. */
final class ConfigurationMapper {

    private static final Map<String, String> PROPERTIES = Map.ofEntries(
            Map.entry("failOn", "qbank.failOn"),
            Map.entry("includes", "qbank.includes"),
            Map.entry("excludes", "qbank.excludes"),
            Map.entry("links", "qbank.links"),
            Map.entry("links.timeout", "qbank.links.timeout"),
            Map.entry("links.concurrency", "qbank.links.concurrency"),
            Map.entry("links.perHost", "qbank.links.perHost"),
            Map.entry("links.retries", "qbank.links.retries"),
            Map.entry("outputDirectory", "qbank.outputDirectory"),
            Map.entry("formats", "qbank.formats"),
            Map.entry("answerLinkPattern", "qbank.answerLinkPattern"));

    private static final Map<String, String> ELEMENTS = Map.of(
            "links.timeout", "linksTimeout",
            "links.concurrency", "linksConcurrency",
            "links.perHost", "linksPerHost",
            "links.retries", "linksRetries");

    private ConfigurationMapper() {}

    static QbankConfig map(AbstractQbankMojo m, String githubActionsEnv) throws MojoExecutionException {
        QbankConfig.Builder b = QbankConfig.builder(m.baseDir.toPath());
        try {
            b.failOn(FailOn.parse(m.failOn));
        } catch (IllegalArgumentException e) {
            throw error("failOn", e.getMessage());
        }
        b.includes(QbankConfig.splitList(m.includes));
        b.excludes(QbankConfig.splitList(m.excludes));
        b.answerLinkPattern(m.answerLinkPattern);
        b.outputDirectory(m.outputDirectory.toPath());
        b.formats(m.formats);
        b.githubAnnotations("true".equalsIgnoreCase(githubActionsEnv));
        if (m.rules != null) {
            for (Map.Entry<String, String> e : m.rules.entrySet()) {
                try {
                    b.severity(e.getKey(), Severity.parse(e.getValue()));
                } catch (IllegalArgumentException ex) {
                    throw new MojoExecutionException("<rules><" + e.getKey() + "> " + ex.getMessage());
                }
            }
        }
        String mode = m.links == null ? "check" : m.links.trim();
        if (!mode.equals("check") && !mode.equals("skip")) {
            throw error("links", "'" + m.links + "' is not a link mode; use check or skip");
        }
        boolean offline = m.session != null && m.session.isOffline();
        String skipReason = mode.equals("skip") ? "links are not checked (qbank.links=skip)"
                : offline ? "links are not checked: Maven is offline (-o)" : null;
        b.links(new LinkSettings(skipReason == null, skipReason, m.linksTimeout, m.linksConcurrency, m.linksPerHost,
                m.linksRetries, m.linksAllowPrivate, m.linksCache.toPath().toAbsolutePath()));
        try {
            return b.build();
        } catch (QbankException e) {
            if ("rules".equals(e.setting())) {
                throw new MojoExecutionException("<rules>: " + e.getMessage(), e);
            }
            throw error(e.setting(), e.getMessage());
        }
    }

    /** An error naming {@code <element>} and the user property of a setting. */
    static MojoExecutionException error(String setting, String message) {
        if (setting == null) {
            return new MojoExecutionException("qbank: " + message);
        }
        String element = ELEMENTS.getOrDefault(setting, setting);
        String property = PROPERTIES.get(setting);
        return new MojoExecutionException(
                "<" + element + ">" + (property == null ? "" : " (" + property + ")") + " " + message);
    }
}
