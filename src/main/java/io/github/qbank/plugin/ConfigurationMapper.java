package io.github.qbank.plugin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.apache.maven.plugin.MojoExecutionException;

import io.github.qbank.core.FailOn;
import io.github.qbank.core.Message;
import io.github.qbank.core.OneLine;
import io.github.qbank.core.QbankException;
import io.github.qbank.core.Severity;
import io.github.qbank.core.check.QbankConfig;
import io.github.qbank.core.links.LinkSettings;

/**
 * Turns the parameters of a goal, as {@link RawConfiguration} gives them, into a {@link QbankConfig}.
 * Every error names the POM element and the property.
 */
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
            Map.entry("links.deadline", "qbank.links.deadline"),
            Map.entry("links.excludes", "qbank.links.excludes"),
            Map.entry("links.accept", "qbank.links.accept"),
            Map.entry("links.cache", "qbank.links.cache"),
            Map.entry("links.archive", "qbank.links.archive"),
            Map.entry("links.archiveEndpoint", "qbank.links.archiveEndpoint"),
            Map.entry("outputDirectory", "qbank.outputDirectory"),
            Map.entry("cacheDirectory", "qbank.cacheDirectory"),
            Map.entry("formats", "qbank.formats"),
            Map.entry("answerLinkPattern", "qbank.answerLinkPattern"),
            Map.entry("baseline", "qbank.baseline"),
            Map.entry("ratchetFrom", "qbank.ratchetFrom"),
            Map.entry("console.maxPerRule", "qbank.console.maxPerRule"),
            Map.entry("siteRoot", "qbank.siteRoot"),
            Map.entry("linkRemaps", "qbank.linkRemaps"),
            Map.entry("fix.rules", "qbank.fix.rules"));

    private static final Map<String, String> ELEMENTS = Map.ofEntries(
            Map.entry("links.timeout", "linksTimeout"),
            Map.entry("links.concurrency", "linksConcurrency"),
            Map.entry("links.perHost", "linksPerHost"),
            Map.entry("links.retries", "linksRetries"),
            Map.entry("links.deadline", "linksDeadline"),
            Map.entry("links.excludes", "linksExcludes"),
            Map.entry("links.accept", "linksAccept"),
            Map.entry("console.maxPerRule", "consoleMaxPerRule"),
            Map.entry("links.cache", "linksCache"),
            Map.entry("fix.rules", "fixRules"),
            Map.entry("links.archive", "linksArchive"),
            Map.entry("links.archiveEndpoint", "linksArchiveEndpoint"));

    private ConfigurationMapper() {}

    /** With {@code GITHUB_ACTIONS} as given and no other environment variable. */
    static QbankConfig map(RawConfiguration m, String githubActionsEnv) throws MojoExecutionException {
        return mapWithEnvironment(m, name -> name.equals("GITHUB_ACTIONS") ? githubActionsEnv : null);
    }

    /**
     * @param environment the environment variables ({@code System::getenv}): {@code GITHUB_ACTIONS},
     *                    {@code GITHUB_STEP_SUMMARY} and those that header values are read from
     */
    static QbankConfig mapWithEnvironment(RawConfiguration m, Function<String, String> environment) throws MojoExecutionException {
        String githubActionsEnv = environment.apply("GITHUB_ACTIONS");
        QbankConfig.Builder b = QbankConfig.builder(m.baseDir().toPath());
        try {
            b.failOn(FailOn.parse(m.failOn()));
        } catch (IllegalArgumentException e) {
            throw error("failOn", e.getMessage());
        }
        b.includes(CommaLists.parts(m.includes()));
        List<String> excludes = new ArrayList<>(CommaLists.parts(m.excludes()));
        for (String folder : m.moduleFolders()) {
            excludes.add(ModuleFolders.exclude(folder));
        }
        b.excludes(excludes);
        b.respectGitignore(m.respectGitignore());
        b.siteRoot(m.siteRoot());
        b.linkRemaps(m.linkRemaps() == null ? List.of()
                : m.linkRemaps().stream().filter(r -> r != null && !r.isBlank()).map(String::strip).toList());
        b.answerLinkPattern(m.answerLinkPattern());
        b.outputDirectory(m.reportsDirectory().toPath());
        b.cacheDirectory(m.cache() && m.cacheDirectory() != null ? m.cacheDirectory().toPath() : null);
        b.formats(m.reportFormats());
        b.githubAnnotations("true".equalsIgnoreCase(githubActionsEnv));
        b.baseline(m.baseline() == null ? null : m.baseline().toPath());
        b.consoleMaxPerRule(m.consoleMaxPerRule());
        b.locale(Message.supported(m.locale()));
        // only qbank:check sets it: qbank:baseline records every finding, the ratchet is for checks only
        b.ratchetFrom(m.ratchetFrom());
        String stepSummary = environment.apply("GITHUB_STEP_SUMMARY");
        b.stepSummary(stepSummary == null || stepSummary.isBlank() ? null : Path.of(stepSummary.trim()));
        if (m.rules() != null) {
            for (Map.Entry<String, String> e : m.rules().entrySet()) {
                try {
                    b.severity(e.getKey(), Severity.parse(e.getValue()));
                } catch (IllegalArgumentException ex) {
                    throw new MojoExecutionException("<rules><" + e.getKey() + "> " + ex.getMessage());
                }
            }
        }
        for (Map.Entry<String, Severity> e : ruleSeverities(m.ruleSeverities()).entrySet()) {
            b.severity(e.getKey(), e.getValue());
        }
        String mode = m.links() == null ? "check" : m.links().trim();
        if (!mode.equals("check") && !mode.equals("skip")) {
            throw error("links", "'" + m.links() + "' is not a link mode; use check or skip");
        }
        boolean offline = m.offline();
        LinkSettings.Builder links = LinkSettings.builder(m.linksCache().toPath().toAbsolutePath())
                .timeoutSeconds(m.linksTimeout())
                .concurrency(m.linksConcurrency())
                .perHost(m.linksPerHost())
                .retries(m.linksRetries())
                .allowPrivate(m.linksAllowPrivate())
                .cacheMaxAgeSeconds(m.linksCacheMaxAge() * 3600L)
                .deadlineSeconds(m.linksDeadline())
                .excludes(patterns(m.linksExcludes()))
                .acceptedStatus(statusCodes(m.linksAccept()))
                .headers(headers(m.linksHeaders(), environment))
                .proxyOnlyHosts(CommaLists.split(m.linksProxyOnlyHosts()))
                .softNotFound(m.linksSoftNotFound())
                .archive(m.linksArchive());
        if (m.linksArchiveEndpoint() != null && !m.linksArchiveEndpoint().isBlank()) {
            links.archiveEndpoint(m.linksArchiveEndpoint().strip());
        }
        if (mode.equals("skip")) {
            links.skip(Message.of("link-skip.setting"));
        } else if (offline) {
            links.skip(Message.of("link-skip.offline"));
        } else {
            // only when links are checked: a password that cannot be decrypted must not fail an offline build
            links.proxies(m.proxies());
        }
        b.links(links.build());
        try {
            return b.build();
        } catch (QbankException e) {
            throw error(e.setting(), e.getMessage());
        }
    }

    /** {@code -Dqbank.rules=missing-answer-link:off,numbering:warning}; every error names {@code qbank.rules}. */
    private static Map<String, Severity> ruleSeverities(String value) throws MojoExecutionException {
        Map<String, Severity> out = new LinkedHashMap<>();
        for (String part : CommaLists.split(value)) {
            int colon = part.indexOf(':');
            if (colon < 0) {
                throw new MojoExecutionException("qbank.rules: '" + part + "' is not rule:severity, e.g. numbering:warning");
            }
            String id = part.substring(0, colon).trim();
            try {
                out.put(id, Severity.parse(part.substring(colon + 1)));
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("qbank.rules: " + id + ": " + e.getMessage());
            }
        }
        return out;
    }

    private static List<Pattern> patterns(String value) throws MojoExecutionException {
        List<Pattern> out = new ArrayList<>();
        for (String p : CommaLists.split(value)) {
            try {
                out.add(Pattern.compile(p));
            } catch (PatternSyntaxException e) {
                throw error("links.excludes", "'" + p + "' is not a regular expression: " + e.getDescription());
            }
        }
        return out;
    }

    private static Set<Integer> statusCodes(String value) throws MojoExecutionException {
        Set<Integer> out = new TreeSet<>();
        for (String code : CommaLists.split(value)) {
            try {
                int c = Integer.parseInt(code);
                if (c < 100 || c > 999) {
                    throw new NumberFormatException();
                }
                out.add(c);
            } catch (NumberFormatException e) {
                throw error("links.accept", "'" + code + "' is not an HTTP status code");
            }
        }
        return out;
    }

    private static List<LinkSettings.HostHeaders> headers(List<Header> headers, Function<String, String> environment)
            throws MojoExecutionException {
        Map<String, Map<String, String>> byHost = new LinkedHashMap<>();
        for (Header h : headers == null ? List.<Header>of() : headers) {
            if (h.host == null || h.name == null || (h.value == null) == (h.valueFromEnvironment == null)) {
                throw new MojoExecutionException("<linksHeaders><header> needs <host>, <name> and either <value> or"
                        + " <valueFromEnvironment>");
            }
            String value = h.value;
            if (h.valueFromEnvironment != null) {
                value = environment.apply(h.valueFromEnvironment.trim());
                if (value == null) {
                    throw new MojoExecutionException("<linksHeaders><header><valueFromEnvironment> names "
                            + h.valueFromEnvironment.trim() + ", which is not set in the environment (header '"
                            + h.name.trim() + "' for host " + h.host.trim() + ")");
                }
            }
            byHost.computeIfAbsent(h.host.trim(), k -> new LinkedHashMap<>()).put(h.name.trim(), value);
        }
        List<LinkSettings.HostHeaders> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> e : byHost.entrySet()) {
            try {
                out.add(new LinkSettings.HostHeaders(e.getKey(), e.getValue()));
            } catch (IllegalArgumentException ex) {
                throw new MojoExecutionException("<linksHeaders> " + ex.getMessage());
            }
        }
        return out;
    }

    /** An error naming {@code <element>} and the user property of a setting; one line, as Maven prints it. */
    static MojoExecutionException error(String setting, String text) {
        String message = OneLine.of(text);
        if (setting == null) {
            return new MojoExecutionException("qbank: " + message);
        }
        if (setting.equals("rules")) {
            // rule ids are checked by the check itself, against the rules it runs
            return new MojoExecutionException("<rules> (qbank.rules): " + message);
        }
        String element = ELEMENTS.getOrDefault(setting, setting);
        String property = PROPERTIES.get(setting);
        return new MojoExecutionException(
                "<" + element + ">" + (property == null ? "" : " (" + property + ")") + " " + message);
    }
}
