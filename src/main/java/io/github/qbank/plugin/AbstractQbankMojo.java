package io.github.qbank.plugin;

import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import io.github.qbank.core.CheckListener;
import io.github.qbank.core.Message;
import io.github.qbank.core.QbankException;
import io.github.qbank.core.check.QbankConfig;
import io.github.qbank.core.links.LinkSettings;

/**
 * The parameters every qbank goal shares, read through {@link RawConfiguration}, and their
 * translation into one {@link QbankConfig} (see {@link ConfigurationMapper}). Goals add only what
 * they do with the result.
 */
public abstract class AbstractQbankMojo extends AbstractMojo implements RawConfiguration {

    /** Skips qbank entirely, logging one line. */
    @Parameter(property = "qbank.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * The lowest severity that fails the build: {@code error}, {@code warning} or {@code never}.
     * Reports are written either way.
     */
    @Parameter(property = "qbank.failOn", defaultValue = "error")
    protected String failOn;

    /**
     * Globs of the Markdown files to check, relative to the project base directory: comma-separated
     * or as {@code <include>} elements; braces give alternatives ({@code **}{@code /*.{md,markdown}}).
     */
    @Parameter(property = "qbank.includes", defaultValue = CommaLists.DEFAULT_INCLUDES)
    protected List<String> includes;

    /**
     * Globs of files and folders to leave out, relative to the project base directory: comma-separated
     * or as {@code <exclude>} elements.
     */
    @Parameter(property = "qbank.excludes", defaultValue = CommaLists.DEFAULT_EXCLUDES)
    protected List<String> excludes;

    /**
     * Leaves out the files git ignores: {@code .gitignore} files of the project's folders and the
     * repository's, {@code .git/info/exclude} and git's global excludes file. Without a repository
     * the project's {@code .gitignore} files count all the same. {@code target/},
     * {@code node_modules/} and {@code .git/} are never scanned, whatever this and the excludes say.
     */
    @Parameter(property = "qbank.respectGitignore", defaultValue = "true")
    protected boolean respectGitignore;

    /**
     * The folder, relative to the project base directory, that {@code /} in links refers to on the
     * bank's documentation site (docsify, VuePress): {@code docs}, or {@code .} for the project
     * itself. When set, a local link that misses as written is read as the site reads it:
     * {@code /ch1} as {@code ch1.md} or {@code ch1/README.md} under this folder, {@code /guide/} as
     * {@code guide/README.md}, {@code intro.html} as {@code intro.md}, {@code #/ch1} as {@code /ch1}.
     */
    @Parameter(property = "qbank.siteRoot")
    protected String siteRoot;

    /**
     * Rewrites of local links that miss as written, {@code regex -> replacement}, one per
     * {@code <linkRemap>} element (or comma-separated): the first pattern found in the link's path
     * is replaced ({@code $1} for groups) and the result is resolved like a link written in the
     * same file, e.g. {@code ^/api/(.*)$ -> /reference/$1.md}.
     */
    @Parameter(property = "qbank.linkRemaps")
    protected List<String> linkRemaps;

    /**
     * {@code check} to check external links, {@code skip} not to. Maven offline mode ({@code -o})
     * means {@code skip}.
     */
    @Parameter(property = "qbank.links", defaultValue = "check")
    protected String links;

    /** Seconds per link request. */
    @Parameter(property = "qbank.links.timeout", defaultValue = "10")
    protected int linksTimeout;

    /** Link requests in flight at once, overall. */
    @Parameter(property = "qbank.links.concurrency", defaultValue = "64")
    protected int linksConcurrency;

    /** Link requests in flight at once to one host. */
    @Parameter(property = "qbank.links.perHost", defaultValue = "8")
    protected int linksPerHost;

    /** Retries for timeouts, HTTP 429 and 5xx answers. */
    @Parameter(property = "qbank.links.retries", defaultValue = "2")
    protected int linksRetries;

    /**
     * Allows requests to loopback, private, link-local and reserved addresses and to the machine's own
     * addresses (for tests against local servers).
     */
    @Parameter(property = "qbank.links.allowPrivate", defaultValue = "false")
    protected boolean linksAllowPrivate;

    /**
     * Comma-separated host globs that only a proxy of {@code settings.xml} can resolve, e.g.
     * {@code *.corp.internal}: links to them are handed to the proxy without the local
     * private-address checks. Literal addresses and {@code localhost} stay refused unless
     * {@code qbank.links.allowPrivate} is set. No effect without a proxy.
     */
    @Parameter(property = "qbank.links.proxyOnlyHosts")
    protected String linksProxyOnlyHosts;

    /** The persistent link result cache. */
    @Parameter(property = "qbank.links.cache", defaultValue = "${project.build.directory}/qbank/link-cache.json")
    protected File linksCache;

    /** Hours an alive link result is reused from the cache without asking again; failures are always rechecked. */
    @Parameter(property = "qbank.links.cacheMaxAge", defaultValue = "24")
    protected int linksCacheMaxAge;

    /** Seconds the whole link check may take; links not checked by then are unverifiable. */
    @Parameter(property = "qbank.links.deadline", defaultValue = "300")
    protected int linksDeadline;

    /** Comma-separated regular expressions (found anywhere in the URL) of links not to check. */
    @Parameter(property = "qbank.links.excludes")
    protected String linksExcludes;

    /** Comma-separated HTTP status codes that count as alive besides 2xx, e.g. {@code 403,999}. */
    @Parameter(property = "qbank.links.accept")
    protected String linksAccept;

    /**
     * Judges soft 404s: a page that answers 2xx is compared with what its site answers for an
     * address that cannot exist (one probe per host), and is dead when it is the site's "page not
     * found" page or a redirect to its home or search page; {@code false} takes every 2xx as alive.
     */
    @Parameter(property = "qbank.links.softNotFound", defaultValue = "true")
    protected boolean linksSoftNotFound;

    /**
     * Asks the web archive for the closest snapshot of each dead link, and names it in the finding
     * and the reports. Off by default: it sends the bank's dead URLs to a third party.
     */
    @Parameter(property = "qbank.links.archive", defaultValue = "false")
    protected boolean linksArchive;

    /** The web archive's availability API, asked with {@code ?url=…} when {@code qbank.links.archive} is set. */
    @Parameter(property = "qbank.links.archiveEndpoint", defaultValue = "https://archive.org/wayback/available")
    protected String linksArchiveEndpoint;

    /**
     * Request headers per host for the link checker, e.g.
     * {@code <header><host>*.example.com</host><name>Authorization</name><valueFromEnvironment>ANSWERS_TOKEN</valueFromEnvironment></header>}.
     * {@code valueFromEnvironment} names an environment variable read at run time and never
     * printed; {@code value} is a literal that {@code mvn -X} shows. qbank never logs values.
     */
    @Parameter
    protected List<Header> linksHeaders;

    /** Where the reports go. */
    @Parameter(property = "qbank.outputDirectory", defaultValue = "${project.build.directory}/qbank")
    protected File outputDirectory;

    /**
     * Reuses the model of each file whose bytes, path, qbank version and parse settings are those of
     * the last check, from {@code cacheDirectory}: an unchanged file is not parsed again.
     * {@code false} parses every file.
     */
    @Parameter(property = "qbank.cache", defaultValue = "true")
    protected boolean cache;

    /** Where the models of the last check are kept (see {@code cache}). */
    @Parameter(property = "qbank.cacheDirectory", defaultValue = "${project.build.directory}/qbank/cache")
    protected File cacheDirectory;

    /** Comma-separated report formats: any of {@code html}, {@code json}, {@code sarif}, {@code checkstyle}. */
    @Parameter(property = "qbank.formats", defaultValue = CommaLists.DEFAULT_FORMATS)
    protected String formats;

    /**
     * Severity per rule id: {@code error}, {@code warning} or {@code off}, one element per rule,
     * e.g. {@code <rules><broken-anchor>warning</broken-anchor></rules>}.
     */
    @Parameter
    protected Map<String, String> rules;

    /**
     * Severity per rule from the command line, over {@code <rules>}:
     * {@code -Dqbank.rules=missing-answer-link:off,numbering:warning}.
     */
    @Parameter(property = "qbank.rules")
    protected String ruleSeverities;

    /**
     * The baseline file: findings listed there (written by {@code qbank:baseline}) are reported as
     * {@code known} and never fail the build. A missing file means every finding is new.
     */
    @Parameter(property = "qbank.baseline", defaultValue = "${project.basedir}/qbank-baseline.json")
    protected File baseline;

    /** Findings printed per rule on the console before {@code … and N more}; the reports hold them all. */
    @Parameter(property = "qbank.console.maxPerRule", defaultValue = "20")
    protected int consoleMaxPerRule;

    /**
     * The language of messages and reports: {@code en} or {@code zh-CN} (Simplified Chinese). Unless
     * set, the JVM's locale, as Checkstyle does; any other language is English.
     */
    @Parameter(property = "qbank.locale")
    protected String locale;

    /** Regular expression (case-insensitive, found anywhere in the link text) that marks an answer link. */
    @Parameter(property = "qbank.answerLinkPattern", defaultValue = QbankConfig.DEFAULT_ANSWER_LINK_PATTERN)
    protected String answerLinkPattern;

    /**
     * The project base directory: globs and {@code /} in links are relative to it. Without a pom, the
     * folder Maven runs in.
     */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    protected File baseDir;

    /** The project: its modules' folders are left to their own checks. */
    @Parameter(defaultValue = "${project}", readonly = true)
    protected MavenProject project;

    /** The running build: settings such as offline mode. */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    /** The user's {@code settings.xml}: proxies for link checking. */
    @Parameter(defaultValue = "${settings}", readonly = true)
    protected Settings settings;

    /** Decrypts the proxy passwords of settings.xml, as Maven does ({@code mvn --encrypt-password}). */
    @Component
    protected SettingsDecrypter settingsDecrypter;

    /** The environment variables; tests replace it. */
    Function<String, String> environment = System::getenv;

    @Override
    public File baseDir() {
        return withoutPom().map(FolderWithoutPom::root).orElse(baseDir);
    }

    /** {@return the folder Maven runs in, when it runs without a pom} */
    final Optional<FolderWithoutPom> withoutPom() {
        return FolderWithoutPom.of(project, session);
    }

    /** {@return the parameter, or its default in the folder Maven runs in when it runs without a pom} */
    final File inProjectFolder(File value, String property, String defaultPath) {
        return withoutPom().map(folder -> folder.parameter(value, property, defaultPath)).orElse(value);
    }

    @Override
    public String failOn() {
        return failOn;
    }

    @Override
    public List<String> includes() {
        return includes;
    }

    @Override
    public List<String> excludes() {
        return excludes;
    }

    /**
     * {@return the folders of this project's modules, relative to its base directory} A plugin
     * declared in a parent's {@code <build><plugins>} also runs in each module, which checks its
     * own files.
     */
    @Override
    public List<String> moduleFolders() {
        return project == null ? List.of() : ModuleFolders.of(baseDir().toPath(), project.getModules());
    }

    @Override
    public boolean respectGitignore() {
        return respectGitignore;
    }

    @Override
    public String siteRoot() {
        return siteRoot;
    }

    @Override
    public List<String> linkRemaps() {
        return linkRemaps;
    }

    @Override
    public String answerLinkPattern() {
        return answerLinkPattern;
    }

    /** {@return where this goal writes the reports: {@code outputDirectory}, unless the goal puts them elsewhere} */
    @Override
    public File reportsDirectory() {
        return inProjectFolder(outputDirectory, "qbank.outputDirectory", "target/qbank");
    }

    @Override
    public boolean cache() {
        return cache;
    }

    @Override
    public File cacheDirectory() {
        return inProjectFolder(cacheDirectory, "qbank.cacheDirectory", "target/qbank/cache");
    }

    /** {@return the report formats this goal writes: {@code formats}, unless the goal needs others} */
    @Override
    public List<String> reportFormats() {
        return CommaLists.split(formats);
    }

    @Override
    public File baseline() {
        return inProjectFolder(baseline, "qbank.baseline", "qbank-baseline.json");
    }

    @Override
    public int consoleMaxPerRule() {
        return consoleMaxPerRule;
    }

    @Override
    public String locale() {
        return locale;
    }

    @Override
    public Map<String, String> rules() {
        return rules;
    }

    @Override
    public String ruleSeverities() {
        return ruleSeverities;
    }

    @Override
    public String links() {
        return links;
    }

    @Override
    public boolean offline() {
        return session != null && session.isOffline();
    }

    @Override
    public File linksCache() {
        return inProjectFolder(linksCache, "qbank.links.cache", "target/qbank/link-cache.json");
    }

    @Override
    public int linksTimeout() {
        return linksTimeout;
    }

    @Override
    public int linksConcurrency() {
        return linksConcurrency;
    }

    @Override
    public int linksPerHost() {
        return linksPerHost;
    }

    @Override
    public int linksRetries() {
        return linksRetries;
    }

    @Override
    public boolean linksAllowPrivate() {
        return linksAllowPrivate;
    }

    @Override
    public int linksCacheMaxAge() {
        return linksCacheMaxAge;
    }

    @Override
    public int linksDeadline() {
        return linksDeadline;
    }

    @Override
    public String linksExcludes() {
        return linksExcludes;
    }

    @Override
    public String linksAccept() {
        return linksAccept;
    }

    @Override
    public boolean linksSoftNotFound() {
        return linksSoftNotFound;
    }

    @Override
    public boolean linksArchive() {
        return linksArchive;
    }

    @Override
    public String linksArchiveEndpoint() {
        return linksArchiveEndpoint;
    }

    @Override
    public String linksProxyOnlyHosts() {
        return linksProxyOnlyHosts;
    }

    @Override
    public List<Header> linksHeaders() {
        return linksHeaders;
    }

    /**
     * The proxies of {@code settings}, or of the session's settings when it is not injected.
     * @return the active http and https proxies, in their order, passwords decrypted
     * @throws MojoExecutionException naming the proxy whose password cannot be decrypted
     */
    @Override
    public List<LinkSettings.Proxy> proxies() throws MojoExecutionException {
        Settings effective = settings != null ? settings : session == null ? null : session.getSettings();
        return SettingsProxies.of(effective, settingsDecrypter);
    }

    /**
     * The parameters as one validated configuration; errors name the parameter to fix.
     * @return the configuration of the core
     * @throws MojoExecutionException if a parameter is invalid
     */
    protected QbankConfig configuration() throws MojoExecutionException {
        return ConfigurationMapper.mapWithEnvironment(this, environment);
    }

    /**
     * Whether {@code qbank.skip} is set; says so in one line when it is.
     * @return {@code true} when the goal is to do nothing
     */
    protected boolean skipped() {
        if (skip) {
            getLog().info(Message.of("console.skipped").text(Message.supported(locale)));
        }
        return skip;
    }

    /** Says in one line why external links are not checked, when they are not. */
    static void sayIfLinksAreSkipped(QbankConfig config, CheckListener listener) {
        if (!config.links().check()) {
            listener.info(Message.of("console.line", config.links().skipMessage()));
        }
    }

    /** A call into the core that may find a setting wrong. */
    @FunctionalInterface
    interface CoreCall<T> {
        T run() throws QbankException;
    }

    /** Runs a call into the core; a wrong setting it finds fails the build naming the parameter. */
    static <T> T core(CoreCall<T> call) throws MojoExecutionException {
        try {
            return call.run();
        } catch (QbankException e) {
            throw ConfigurationMapper.error(e.setting(), e.getMessage());
        }
    }

    /** A call into the core that gives nothing back and may find a setting wrong. */
    @FunctionalInterface
    interface CoreAction {
        void run() throws QbankException;
    }

    /** Runs an action of the core; a wrong setting it finds fails the build naming the parameter. */
    static void coreAction(CoreAction action) throws MojoExecutionException {
        core(() -> {
            action.run();
            return null;
        });
    }
}
