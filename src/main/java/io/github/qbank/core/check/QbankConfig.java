package io.github.qbank.core.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import io.github.qbank.core.FailOn;
import io.github.qbank.core.Message;
import io.github.qbank.core.QbankException;
import io.github.qbank.core.ReportFormat;
import io.github.qbank.core.Severity;
import io.github.qbank.core.git.GitDirectory;
import io.github.qbank.core.links.LinkSettings;
import io.github.qbank.core.local.FileGate;
import io.github.qbank.core.local.SiteRoutes;
import io.github.qbank.core.scan.FileScanner;


/**
 * Everything a check needs to know, validated and immutable. Built with {@link #builder(Path)};
 * {@link Builder#build()} names the setting when a value is wrong.
 */
public final class QbankConfig {

    /** The default {@code includes}: every Markdown file. */
    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.md");
    /** The default {@code excludes}: build output, dependencies and git's own folder. */
    public static final List<String> DEFAULT_EXCLUDES = List.of("**/target/**", "**/node_modules/**", "**/.git/**");
    /** Build output, installed packages and git's own folder: left out whatever the excludes say. */
    public static final List<String> NEVER_SCANNED = DEFAULT_EXCLUDES;
    /** The default {@code answerLinkPattern}: the link texts of answer links, Chinese and English. */
    public static final String DEFAULT_ANSWER_LINK_PATTERN = "点击查看答案|查看答案|答案|Answer|Solution";
    /** The default {@code formats}: the reports written besides the console. */
    public static final List<String> DEFAULT_FORMATS = List.of("html", "json", "sarif");
    /** The default {@code consoleMaxPerRule}. */
    public static final int DEFAULT_CONSOLE_MAX_PER_RULE = 20;

    private final Path baseDir;
    private final List<String> includes;
    private final List<String> excludes;
    private final Map<String, Severity> severities;
    private final Pattern answerLinkPattern;
    private final LinkSettings links;
    private final Path outputDirectory;
    private final Set<ReportFormat> formats;
    private final FailOn failOn;
    private final boolean githubAnnotations;
    private final Path baseline;
    private final int consoleMaxPerRule;
    private final Path stepSummary;
    private final String ratchetFrom;
    private final boolean respectGitignore;
    private final SiteRoutes siteRoutes;
    private final Path cacheDirectory;
    private final Locale locale;

    private QbankConfig(Builder b, Pattern answerLinkPattern, Set<ReportFormat> formats, SiteRoutes siteRoutes) {
        this.baseDir = b.baseDir;
        this.includes = List.copyOf(b.includes);
        this.excludes = List.copyOf(b.excludes);
        this.severities = Collections.unmodifiableMap(new LinkedHashMap<>(b.severities));
        this.answerLinkPattern = answerLinkPattern;
        this.links = b.links;
        this.outputDirectory = b.outputDirectory;
        this.formats = Collections.unmodifiableSet(formats);
        this.failOn = b.failOn;
        this.githubAnnotations = b.githubAnnotations;
        this.baseline = b.baseline;
        this.consoleMaxPerRule = b.consoleMaxPerRule;
        this.stepSummary = b.stepSummary;
        this.ratchetFrom = b.ratchetFrom;
        this.respectGitignore = b.respectGitignore;
        this.siteRoutes = siteRoutes;
        this.cacheDirectory = b.cacheDirectory;
        this.locale = b.locale;
    }

    /** The same configuration with other link settings (a copy, field by field). */
    private QbankConfig(QbankConfig c, LinkSettings links) {
        this.baseDir = c.baseDir;
        this.includes = c.includes;
        this.excludes = c.excludes;
        this.severities = c.severities;
        this.answerLinkPattern = c.answerLinkPattern;
        this.links = links;
        this.outputDirectory = c.outputDirectory;
        this.formats = c.formats;
        this.failOn = c.failOn;
        this.githubAnnotations = c.githubAnnotations;
        this.baseline = c.baseline;
        this.consoleMaxPerRule = c.consoleMaxPerRule;
        this.stepSummary = c.stepSummary;
        this.ratchetFrom = c.ratchetFrom;
        this.respectGitignore = c.respectGitignore;
        this.siteRoutes = c.siteRoutes;
        this.cacheDirectory = c.cacheDirectory;
        this.locale = c.locale;
    }

    /**
     * This configuration with other link settings.
     * @param value the link settings
     * @return the configuration
     */
    public QbankConfig withLinks(LinkSettings value) {
        return new QbankConfig(this, value);
    }

    /**
     * Starts a configuration; every setting has its default.
     * @param baseDir the project directory: globs and reports are relative to it
     * @return the builder
     */
    public static Builder builder(Path baseDir) {
        return new Builder(baseDir);
    }

    /** {@return the project directory, absolute and normalized} */
    public Path baseDir() {
        return baseDir;
    }

    /** {@return the globs of the files to check} */
    public List<String> includes() {
        return includes;
    }

    /** {@return the globs of the files not to check} */
    public List<String> excludes() {
        return excludes;
    }

    /**
     * The severities configured per rule id; rules not named keep their default.
     * @return the severity per rule id
     */
    public Map<String, Severity> severities() {
        return severities;
    }

    /** {@return the link texts that mark an answer link} */
    public Pattern answerLinkPattern() {
        return answerLinkPattern;
    }

    /** {@return the settings of external link checking} */
    public LinkSettings links() {
        return links;
    }

    /** {@return the folder the reports go to} */
    public Path outputDirectory() {
        return outputDirectory;
    }

    /** {@return the report files to write} */
    public Set<ReportFormat> formats() {
        return formats;
    }

    /** {@return the lowest severity that fails the build} */
    public FailOn failOn() {
        return failOn;
    }

    /** {@return whether to write GitHub Actions annotations} */
    public boolean githubAnnotations() {
        return githubAnnotations;
    }

    /**
     * The baseline file of known findings, or {@code null} for none; a file that does not exist holds none.
     * @return the baseline file, or {@code null}
     */
    public Path baseline() {
        return baseline;
    }

    /**
     * Findings the console prints per rule before {@code … and N more}.
     * @return the number of findings per rule
     */
    public int consoleMaxPerRule() {
        return consoleMaxPerRule;
    }

    /**
     * The file a Markdown summary is appended to (GitHub Actions' {@code GITHUB_STEP_SUMMARY}), or
     * {@code null} for none. The caller reads the environment; the core never does.
     * @return the summary file, or {@code null}
     */
    public Path stepSummary() {
        return stepSummary;
    }

    /**
     * The git ref ({@code qbank.ratchetFrom}) whose changed files alone are reported, or {@code null}
     * to report every file.
     * @return the ref, or {@code null}
     */
    public String ratchetFrom() {
        return ratchetFrom;
    }

    /**
     * The globs the scanner leaves out: the configured excludes and those that are never scanned
     * ({@link #NEVER_SCANNED}).
     * @return the configured excludes first, then the never-scanned globs not among them
     */
    public List<String> scanExcludes() {
        List<String> out = new ArrayList<>(excludes);
        NEVER_SCANNED.stream().filter(g -> !out.contains(g)).forEach(out::add);
        return List.copyOf(out);
    }

    /**
     * Whether files that git ignores ({@code .gitignore}, {@code .git/info/exclude}) are left out.
     * @return {@code true} when they are
     */
    public boolean respectGitignore() {
        return respectGitignore;
    }

    /**
     * How links that miss as written are read as a documentation site's routes
     * ({@code qbank.siteRoot}, {@code qbank.linkRemaps}); {@link SiteRoutes#NONE} unless set.
     * @return the site's routes and remaps
     */
    public SiteRoutes siteRoutes() {
        return siteRoutes;
    }

    /**
     * The folder of the model cache ({@code qbank.cacheDirectory}): files whose bytes, path and
     * settings are unchanged since the last check are not parsed again. {@code null} for no cache.
     * @return the folder, or {@code null}
     */
    public Path cacheDirectory() {
        return cacheDirectory;
    }

    /**
     * The language of messages and reports ({@code qbank.locale}): {@link Locale#ENGLISH} or
     * {@link Locale#SIMPLIFIED_CHINESE}, never another. Fingerprints, baselines and the values of
     * findings do not depend on it.
     * @return the locale
     */
    public Locale locale() {
        return locale;
    }

    /** Collects settings; all have the defaults of the specification. */
    public static final class Builder {
        private final Path baseDir;
        private List<String> includes = DEFAULT_INCLUDES;
        private List<String> excludes = DEFAULT_EXCLUDES;
        private final Map<String, Severity> severities = new LinkedHashMap<>();
        private String answerLinkPattern = DEFAULT_ANSWER_LINK_PATTERN;
        private LinkSettings links;
        private Path outputDirectory;
        private List<String> formats = DEFAULT_FORMATS;
        private FailOn failOn = FailOn.ERROR;
        private boolean githubAnnotations;
        private Path baseline;
        private int consoleMaxPerRule = DEFAULT_CONSOLE_MAX_PER_RULE;
        private Path stepSummary;
        private String ratchetFrom;
        private boolean respectGitignore = true;
        private String siteRoot;
        private List<String> linkRemaps = List.of();
        private Path cacheDirectory;
        private Locale locale = Message.supported(Locale.getDefault());

        private Builder(Path baseDir) {
            this.baseDir = baseDir.toAbsolutePath().normalize();
            this.outputDirectory = this.baseDir.resolve("target/qbank");
            this.links = LinkSettings.builder(outputDirectory.resolve("link-cache.json")).build();
        }

        /**
         * Sets the globs of the files to check.
         * @param value globs relative to the project directory
         * @return this builder
         */
        public Builder includes(List<String> value) {
            this.includes = new ArrayList<>(value);
            return this;
        }

        /**
         * Sets the globs of the files not to check.
         * @param value globs relative to the project directory
         * @return this builder
         */
        public Builder excludes(List<String> value) {
            this.excludes = new ArrayList<>(value);
            return this;
        }

        /**
         * Sets the severity of one rule.
         * @param ruleId the rule id, e.g. {@code numbering}
         * @param severity its severity; {@link Severity#OFF} switches it off
         * @return this builder
         */
        public Builder severity(String ruleId, Severity severity) {
            this.severities.put(ruleId, severity);
            return this;
        }

        /**
         * Sets the link texts that mark an answer link.
         * @param value a regular expression matched against the whole link text
         * @return this builder
         */
        public Builder answerLinkPattern(String value) {
            this.answerLinkPattern = value;
            return this;
        }

        /**
         * Sets the settings of external link checking.
         * @param value the settings
         * @return this builder
         */
        public Builder links(LinkSettings value) {
            this.links = value;
            return this;
        }

        /**
         * Sets the folder the reports go to.
         * @param value the folder; relative paths are resolved against the working directory
         * @return this builder
         */
        public Builder outputDirectory(Path value) {
            this.outputDirectory = value.toAbsolutePath().normalize();
            return this;
        }

        /**
         * Report format names: {@code html}, {@code json}, {@code sarif}, {@code checkstyle}.
         * @param value the format names
         * @return this builder
         */
        public Builder formats(List<String> value) {
            this.formats = List.copyOf(value);
            return this;
        }

        /**
         * Sets the lowest severity that fails the build.
         * @param value the level
         * @return this builder
         */
        public Builder failOn(FailOn value) {
            this.failOn = value;
            return this;
        }

        /**
         * Sets whether to write GitHub Actions annotations.
         * @param value {@code true} to write them
         * @return this builder
         */
        public Builder githubAnnotations(boolean value) {
            this.githubAnnotations = value;
            return this;
        }

        /**
         * The baseline file ({@code qbank-baseline.json}); {@code null} for none.
         * @param value the file, or {@code null}
         * @return this builder
         */
        public Builder baseline(Path value) {
            this.baseline = value == null ? null : value.toAbsolutePath().normalize();
            return this;
        }

        /**
         * Sets how many findings the console prints per rule.
         * @param value the number of findings
         * @return this builder
         */
        public Builder consoleMaxPerRule(int value) {
            this.consoleMaxPerRule = value;
            return this;
        }

        /**
         * The file to append a Markdown summary to; {@code null} for none.
         * @param value the file, or {@code null}
         * @return this builder
         */
        public Builder stepSummary(Path value) {
            this.stepSummary = value;
            return this;
        }

        /**
         * The git ref to ratchet from; {@code null} or blank for none.
         * @param value the ref, or {@code null}
         * @return this builder
         */
        public Builder ratchetFrom(String value) {
            this.ratchetFrom = value == null || value.isBlank() ? null : value.strip();
            return this;
        }

        /**
         * Whether files that git ignores are left out; {@code true} unless set.
         * @param value whether to respect {@code .gitignore}
         * @return this builder
         */
        public Builder respectGitignore(boolean value) {
            this.respectGitignore = value;
            return this;
        }

        /**
         * The folder, relative to the base directory, that a leading {@code /} in links refers to
         * on the bank's documentation site ({@code docs} for docsify in {@code docs/}, {@code .}
         * for the project itself); setting it makes site routes ({@code /ch1} for
         * {@code ch1/README.md}) resolve. {@code null} or blank for none.
         * @param value the site root, or {@code null}
         * @return this builder
         */
        public Builder siteRoot(String value) {
            this.siteRoot = value == null || value.isBlank() ? null : value.strip();
            return this;
        }

        /**
         * {@code regex -> replacement} rewrites of links that miss as written ({@link SiteRoutes.Remap}).
         * @param value the remaps, possibly empty
         * @return this builder
         */
        public Builder linkRemaps(List<String> value) {
            this.linkRemaps = List.copyOf(value);
            return this;
        }

        /**
         * The model cache's folder; {@code null} (the default of the core) for none.
         * @param value the folder, or {@code null}
         * @return this builder
         */
        public Builder cacheDirectory(Path value) {
            this.cacheDirectory = value == null ? null : value.toAbsolutePath().normalize();
            return this;
        }

        /**
         * The language of messages and reports; a locale qbank has no translation for is English
         * ({@link Message#supported}). Unless set, the JVM's default locale, as Checkstyle does.
         * @param value the locale
         * @return this builder
         */
        public Builder locale(Locale value) {
            this.locale = Message.supported(value);
            return this;
        }

        /**
         * Globs the file system's matcher refuses (an unclosed or nested brace) name the setting.
         * @return the configuration
         * @throws QbankException naming the setting whose value is wrong
         */
        public QbankConfig build() throws QbankException {
            if (!Files.isDirectory(baseDir)) {
                throw new QbankException("baseDir", "the project directory " + baseDir + " does not exist");
            }
            if (includes.isEmpty()) {
                throw new QbankException("includes", "no include pattern: give at least one glob such as **/*.md");
            }
            checkGlobs("includes", includes);
            checkGlobs("excludes", excludes);
            Pattern answer;
            try {
                answer = Pattern.compile(answerLinkPattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (PatternSyntaxException e) {
                throw new QbankException("answerLinkPattern",
                        "is not a valid regular expression: " + e.getDescription() + " in '" + answerLinkPattern + "'");
            }
            Set<ReportFormat> parsedFormats = EnumSet.noneOf(ReportFormat.class);
            for (String f : formats) {
                try {
                    parsedFormats.add(ReportFormat.parse(f));
                } catch (IllegalArgumentException e) {
                    throw new QbankException("formats", e.getMessage());
                }
            }
            if (links.timeoutSeconds() < 1) {
                throw new QbankException("links.timeout", "must be at least 1 second, was " + links.timeoutSeconds());
            }
            if (links.concurrency() < 1) {
                throw new QbankException("links.concurrency", "must be at least 1, was " + links.concurrency());
            }
            if (links.perHost() < 1) {
                throw new QbankException("links.perHost", "must be at least 1, was " + links.perHost());
            }
            if (links.retries() < 0) {
                throw new QbankException("links.retries", "must be 0 or more, was " + links.retries());
            }
            if (links.deadlineSeconds() < 1) {
                throw new QbankException("links.deadline", "must be at least 1 second, was " + links.deadlineSeconds());
            }
            if (!webAddress(links.archiveEndpoint())) {
                throw new QbankException("links.archiveEndpoint", "'" + links.archiveEndpoint() + "' is not an http(s)"
                        + " URL; the web archive's availability API is " + LinkSettings.DEFAULT_ARCHIVE_ENDPOINT);
            }
            if (consoleMaxPerRule < 0) {
                throw new QbankException("console.maxPerRule", "must be 0 or more, was " + consoleMaxPerRule);
            }
            return new QbankConfig(this, answer, parsedFormats, siteRoutes());
        }

        private SiteRoutes siteRoutes() throws QbankException {
            Path root = null;
            if (siteRoot != null) {
                try {
                    root = baseDir.resolve(siteRoot).normalize();
                } catch (InvalidPathException e) {
                    throw new QbankException("siteRoot", "'" + siteRoot + "' is not a path: " + e.getMessage());
                }
                // a folder of the project once every symbolic link on its way is resolved (FileGate): one that
                // leads out of the repository is refused the same whether anything is there or not
                String whyNot = root.startsWith(baseDir)
                        ? FileGate.whyNotAFolder(GitDirectory.boundary(baseDir), root)
                        : "it is not in the project";
                if (whyNot != null) {
                    throw new QbankException("siteRoot", "'" + siteRoot + "' is not a folder of the project " + baseDir
                            + " (" + whyNot + "); give the folder that / refers to on the site, relative to the"
                            + " project, e.g. docs");
                }
            }
            List<SiteRoutes.Remap> remaps = new ArrayList<>();
            for (String r : linkRemaps) {
                try {
                    remaps.add(SiteRoutes.Remap.parse(r));
                } catch (IllegalArgumentException e) {
                    throw new QbankException("linkRemaps", e.getMessage());
                }
            }
            return root == null && remaps.isEmpty() ? SiteRoutes.NONE : new SiteRoutes(root, remaps);
        }

        /** Whether a setting is an http(s) URL with a host. */
        private static boolean webAddress(String value) {
            try {
                URI u = value == null ? null : new URI(value);
                return u != null && u.getHost() != null
                        && ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()));
            } catch (URISyntaxException e) {
                return false;
            }
        }

        private static void checkGlobs(String setting, List<String> globs) throws QbankException {
            try {
                FileScanner.checkGlobs(globs);
            } catch (IllegalArgumentException e) {
                throw new QbankException(setting, e.getMessage(), e);
            }
        }
    }
}
