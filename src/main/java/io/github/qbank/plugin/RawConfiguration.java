package io.github.qbank.plugin;

import java.io.File;
import java.util.List;
import java.util.Map;

import org.apache.maven.plugin.MojoExecutionException;

import io.github.qbank.core.links.LinkSettings;

/**
 * The parameters of a goal as the user set them, before they are checked: what
 * {@link ConfigurationMapper} reads to make one {@link io.github.qbank.core.check.QbankConfig}.
 * The goals implement it; the mapper knows no goal. A parameter that only some goals have has a
 * default that says it is not set.
 */
interface RawConfiguration {

    /** {@return the project base directory: globs and {@code /} in links are relative to it} */
    File baseDir();

    /** {@return {@code qbank.failOn} as written: {@code error}, {@code warning} or {@code never}} */
    String failOn();

    /** {@return {@code qbank.includes}: globs or comma lists of them, not yet split} */
    List<String> includes();

    /** {@return {@code qbank.excludes}: globs or comma lists of them, not yet split} */
    List<String> excludes();

    /** {@return the folders of the project's modules, relative to its base directory: left to their own checks} */
    List<String> moduleFolders();

    /** {@return {@code qbank.respectGitignore}} */
    boolean respectGitignore();

    /** {@return {@code qbank.siteRoot}, or {@code null}} */
    String siteRoot();

    /** {@return {@code qbank.linkRemaps} as written, or {@code null}} */
    List<String> linkRemaps();

    /** {@return {@code qbank.answerLinkPattern}} */
    String answerLinkPattern();

    /** {@return where the goal writes the reports} */
    File reportsDirectory();

    /** {@return {@code qbank.cache}: whether models are reused from {@link #cacheDirectory()}} */
    boolean cache();

    /** {@return {@code qbank.cacheDirectory}, or {@code null}} */
    File cacheDirectory();

    /** {@return the report formats the goal writes, one per element} */
    List<String> reportFormats();

    /** {@return {@code qbank.baseline}, or {@code null}} */
    File baseline();

    /** {@return {@code qbank.console.maxPerRule}} */
    int consoleMaxPerRule();

    /** {@return {@code qbank.locale} as written ({@code en}, {@code zh-CN}), or {@code null} for the JVM's locale} */
    default String locale() {
        return null;
    }

    /**
     * The git ref of {@code qbank.ratchetFrom}: only {@code qbank:check} has it, the other goals
     * report every finding.
     * @return the ref as written, or {@code null} when not set
     */
    default String ratchetFrom() {
        return null;
    }

    /** {@return {@code <rules>}: severity per rule id, or {@code null}} */
    Map<String, String> rules();

    /** {@return {@code qbank.rules}: {@code rule:severity} pairs, comma-separated, or {@code null}} */
    String ruleSeverities();

    /** {@return {@code qbank.links} as written: {@code check} or {@code skip}, or {@code null}} */
    String links();

    /** {@return whether Maven runs offline ({@code -o})} */
    boolean offline();

    /** {@return {@code qbank.links.cache}} */
    File linksCache();

    /** {@return {@code qbank.links.timeout}, in seconds} */
    int linksTimeout();

    /** {@return {@code qbank.links.concurrency}} */
    int linksConcurrency();

    /** {@return {@code qbank.links.perHost}} */
    int linksPerHost();

    /** {@return {@code qbank.links.retries}} */
    int linksRetries();

    /** {@return {@code qbank.links.allowPrivate}} */
    boolean linksAllowPrivate();

    /** {@return {@code qbank.links.cacheMaxAge}, in hours} */
    int linksCacheMaxAge();

    /** {@return {@code qbank.links.deadline}, in seconds} */
    int linksDeadline();

    /** {@return {@code qbank.links.excludes}: comma-separated regular expressions, or {@code null}} */
    String linksExcludes();

    /** {@return {@code qbank.links.accept}: comma-separated status codes, or {@code null}} */
    String linksAccept();

    /** {@return {@code qbank.links.softNotFound}} */
    boolean linksSoftNotFound();

    /** {@return {@code qbank.links.archive}} */
    boolean linksArchive();

    /** {@return {@code qbank.links.archiveEndpoint}, or {@code null} for the default} */
    String linksArchiveEndpoint();

    /** {@return {@code qbank.links.proxyOnlyHosts}: comma-separated host globs, or {@code null}} */
    String linksProxyOnlyHosts();

    /** {@return {@code <linksHeaders>}, or {@code null}} */
    List<Header> linksHeaders();

    /**
     * The proxies of {@code settings.xml}, asked for only when links are checked: a password that
     * cannot be decrypted must not fail a build that checks none.
     * @return the active http and https proxies, in their order, passwords decrypted
     * @throws MojoExecutionException naming the proxy whose password cannot be decrypted
     */
    List<LinkSettings.Proxy> proxies() throws MojoExecutionException;
}
