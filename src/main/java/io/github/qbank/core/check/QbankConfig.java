package io.github.qbank.core.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import io.github.qbank.core.FailOn;
import io.github.qbank.core.QbankException;
import io.github.qbank.core.ReportFormat;
import io.github.qbank.core.Severity;
import io.github.qbank.core.links.LinkSettings;
import io.github.qbank.core.scan.FileScanner;


/**
 * Everything a check needs to know, validated and immutable. Built with {@link #builder(Path)};
 * {@link Builder#build()} names the setting when a value is wrong.
 */
public final class QbankConfig {

    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.md");
    public static final List<String> DEFAULT_EXCLUDES = List.of("**/target/**", "**/node_modules/**", "**/.git/**");
    public static final String DEFAULT_ANSWER_LINK_PATTERN = "点击查看答案|查看答案|答案|Answer|Solution";
    public static final List<String> DEFAULT_FORMATS = List.of("html", "json", "sarif");
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
    private final Path cacheDirectory;

    private QbankConfig(Builder b, Pattern answerLinkPattern, Set<ReportFormat> formats) {
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
        this.cacheDirectory = b.cacheDirectory;
    }

    public static Builder builder(Path baseDir) {
        return new Builder(baseDir);
    }

    public Path baseDir() {
        return baseDir;
    }

    public List<String> includes() {
        return includes;
    }

    public List<String> excludes() {
        return excludes;
    }

    /** The severities configured per rule id; rules not named keep their default. */
    public Map<String, Severity> severities() {
        return severities;
    }

    public Pattern answerLinkPattern() {
        return answerLinkPattern;
    }

    public LinkSettings links() {
        return links;
    }

    public Path outputDirectory() {
        return outputDirectory;
    }

    public Set<ReportFormat> formats() {
        return formats;
    }

    public FailOn failOn() {
        return failOn;
    }

    public boolean githubAnnotations() {
        return githubAnnotations;
    }

    /** The baseline file of known findings, or {@code null} for none; a file that does not exist holds none. */
    public Path baseline() {
        return baseline;
    }

    /** Findings the console prints per rule before {@code … and N more}. */
    public int consoleMaxPerRule() {
        return consoleMaxPerRule;
    }

    /**
     * The file a Markdown summary is appended to (GitHub Actions' {@code GITHUB_STEP_SUMMARY}), or
     * {@code null} for none. The caller reads the environment; the core never does.
     */
    public Path stepSummary() {
        return stepSummary;
    }

    /**
     * The git ref ({@code qbank.ratchetFrom}) whose changed files alone are reported, or {@code null}
     * to report every file.
     */
    public String ratchetFrom() {
        return ratchetFrom;
    }

    /**
     * The folder of the model cache ({@code qbank.cacheDirectory}): files whose bytes, path and
     * settings are unchanged since the last check are not parsed again. {@code null} for no cache.
     */
    public Path cacheDirectory() {
        return cacheDirectory;
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
        private Path cacheDirectory;

        private Builder(Path baseDir) {
            this.baseDir = baseDir.toAbsolutePath().normalize();
            this.outputDirectory = this.baseDir.resolve("target/qbank");
            this.links = LinkSettings.builder(outputDirectory.resolve("link-cache.json")).build();
        }

        public Builder includes(List<String> value) {
            this.includes = new ArrayList<>(value);
            return this;
        }

        public Builder excludes(List<String> value) {
            this.excludes = new ArrayList<>(value);
            return this;
        }

        public Builder severity(String ruleId, Severity severity) {
            this.severities.put(ruleId, severity);
            return this;
        }

        public Builder answerLinkPattern(String value) {
            this.answerLinkPattern = value;
            return this;
        }

        public Builder links(LinkSettings value) {
            this.links = value;
            return this;
        }

        public Builder outputDirectory(Path value) {
            this.outputDirectory = value.toAbsolutePath().normalize();
            return this;
        }

        /** Report format names: {@code html}, {@code json}, {@code sarif}, {@code checkstyle}. */
        public Builder formats(List<String> value) {
            this.formats = List.copyOf(value);
            return this;
        }

        public Builder failOn(FailOn value) {
            this.failOn = value;
            return this;
        }

        public Builder githubAnnotations(boolean value) {
            this.githubAnnotations = value;
            return this;
        }

        /** The baseline file ({@code qbank-baseline.json}); {@code null} for none. */
        public Builder baseline(Path value) {
            this.baseline = value == null ? null : value.toAbsolutePath().normalize();
            return this;
        }

        public Builder consoleMaxPerRule(int value) {
            this.consoleMaxPerRule = value;
            return this;
        }

        /** The file to append a Markdown summary to; {@code null} for none. */
        public Builder stepSummary(Path value) {
            this.stepSummary = value;
            return this;
        }

        /** The git ref to ratchet from; {@code null} or blank for none. */
        public Builder ratchetFrom(String value) {
            this.ratchetFrom = value == null || value.isBlank() ? null : value.strip();
            return this;
        }

        /** The model cache's folder; {@code null} (the default of the core) for none. */
        public Builder cacheDirectory(Path value) {
            this.cacheDirectory = value == null ? null : value.toAbsolutePath().normalize();
            return this;
        }

        /** Globs the file system's matcher refuses (an unclosed or nested brace) name the setting. */
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
            if (consoleMaxPerRule < 0) {
                throw new QbankException("console.maxPerRule", "must be 0 or more, was " + consoleMaxPerRule);
            }
            return new QbankConfig(this, answer, parsedFormats);
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
