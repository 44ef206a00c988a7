package io.github.qbank.plugin;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

import io.github.qbank.core.Message;
import io.github.qbank.core.check.CheckResult;
import io.github.qbank.core.check.Qbank;
import io.github.qbank.core.check.QbankConfig;
import io.github.qbank.core.report.ConsoleReport;
import io.github.qbank.core.report.FindingGroups;
import io.github.qbank.core.report.Reports;

/**
 * The qbank report of the Maven site ({@code mvn site}): the summary, the findings per rule and per
 * file, and a link to the full HTML report, which it writes into the site's {@code qbank/}
 * folder with the other reports. It shares every parameter and the whole check with
 * {@code qbank:check}, and never fails the build on findings: a site shows them.
 * Run alone ({@code mvn qbank:report}) it writes the full reports there.
 */
@Mojo(name = "report", threadSafe = true, requiresProject = false)
public class ReportMojo extends AbstractQbankMojo implements MavenReport {

    /** The page's name in the site: {@code qbank.html}. */
    static final String OUTPUT_NAME = "qbank";

    /** The folder of the site where the full reports go, beside the page. */
    static final String REPORTS_FOLDER = "qbank";

    /** The site's output folder: the page goes there, the full reports into its {@code qbank/} folder. */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
    protected File reportOutputDirectory;

    @Override
    public void execute() throws MojoExecutionException {
        if (skipped()) {
            return;
        }
        QbankConfig config = configuration();
        CheckResult result = check(config);
        List<Path> reports = writeReports(result, config);
        new MavenLogListener(getLog(), config.locale()).info(
                ConsoleReport.summary(result, Reports.mainReport(reports), baseDir().toPath(), config.locale()));
    }

    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        CheckResult result;
        QbankConfig config;
        try {
            config = configuration();
            result = check(config);
            writeReports(result, config);
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
        new SiteReportPage(sink, pageLocale(locale, config.locale()))
                .render(result.bank().stats(), FindingGroups.of(result), REPORTS_FOLDER + "/index.html");
    }

    /**
     * The page's language: the site's when it is one qbank speaks other than English (a site built
     * with {@code <locales>zh_CN</locales>}), else {@code qbank.locale}'s; a site's default locale
     * is English or the root, whatever the bank's readers read.
     */
    static Locale pageLocale(Locale site, Locale configured) {
        Locale fromSite = Message.supported(site);
        return fromSite.equals(Locale.ENGLISH) ? configured : fromSite;
    }

    /**
     * The report under maven-site-plugin 3.12.1 and older (maven-reporting-api 3, Doxia 1), which
     * call it with Doxia 1's sink under its old name: the page is the same.
     * @param sink the site's sink for the page
     * @param locale the site's locale
     * @throws MavenReportException if the check cannot run
     */
    public void generate(org.codehaus.doxia.sink.Sink sink, Locale locale) throws MavenReportException {
        generate((Sink) sink, locale);
    }

    private CheckResult check(QbankConfig config) throws MojoExecutionException {
        MavenLogListener listener = new MavenLogListener(getLog(), config.locale());
        sayIfLinksAreSkipped(config, listener);
        return core(() -> new Qbank().check(config, listener));
    }

    private static List<Path> writeReports(CheckResult result, QbankConfig config) throws MojoExecutionException {
        return core(() -> Reports.write(result, config));
    }

    @Override
    public File reportsDirectory() {
        return new File(inProjectFolder(reportOutputDirectory, null, "target/site"),
                REPORTS_FOLDER);
    }

    /** {@return the configured formats and always the HTML report, which the page links to} */
    @Override
    public List<String> reportFormats() {
        List<String> formats = new ArrayList<>(super.reportFormats());
        if (formats.stream().noneMatch("html"::equalsIgnoreCase)) {
            formats.add(0, "html");
        }
        return formats;
    }

    @Override
    public String getOutputName() {
        return OUTPUT_NAME;
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return "qbank";
    }

    @Override
    public String getDescription(Locale locale) {
        return Message.of("site.description").text(pageLocale(locale, Message.supported(this.locale)));
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        this.reportOutputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return false;
    }

    /**
     * {@return whether the site shows the page: not when {@code qbank.skip} is set}
     * @throws MavenReportException naming the version to pin, when the site plugin is too old for the page
     */
    @Override
    public boolean canGenerateReport() throws MavenReportException {
        Optional<Message> tooOld = SitePlugin.version(MavenReport.class.getClassLoader()).flatMap(SitePlugin::tooOld);
        if (tooOld.isPresent()) {
            throw new MavenReportException(tooOld.get().text());
        }
        return !skipped();
    }
}
