package io.github.qbank.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;

/**
 * {@code index.html}: one self-contained page (CSS and script inline, no network), readable without
 * script; the script only adds filters and search. Built with Mustache, which escapes every value
 * by default; the page's Content-Security-Policy allows no script but its own (by hash), as a second
 * line of defence against a hostile bank.
 */
final class HtmlReportWriter implements ReportWriter {

    private static final String ROOT = "io/github/qbank/core/report";

    private final Mustache template = new DefaultMustacheFactory(ROOT).compile("index.html.mustache");
    private final String script = resource("report.js");
    private final int contextInPageUpTo;

    HtmlReportWriter() {
        this(HtmlReportModel.CONTEXT_IN_PAGE_UP_TO);
    }

    /** A writer whose pages carry the lines around each finding up to this many findings. */
    HtmlReportWriter(int contextInPageUpTo) {
        this.contextInPageUpTo = contextInPageUpTo;
    }

    @Override
    public void write(ReportInput input, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            template.execute(writer, new HtmlReportModel(input, script, contextInPageUpTo));
        } catch (MustacheException e) {
            // Mustache wraps the writer's I/O errors (a full disk): report them as what they are
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                if (c instanceof IOException io) {
                    throw io;
                }
            }
            throw e;
        }
        writer.flush();
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReportWriter.class.getClassLoader().getResourceAsStream(ROOT + "/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
