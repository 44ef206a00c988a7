package io.github.qbank.core.report;

import java.io.IOException;
import java.io.OutputStream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;

import io.github.qbank.core.Finding;
import io.github.qbank.core.Version;
import io.github.qbank.core.baseline.TrackedFinding;
import io.github.qbank.core.check.CheckResult;
import io.github.qbank.core.links.LinkResult;
import io.github.qbank.core.model.Bank;

/** {@code qbank-report.json}: the machine contract, documented in the README. */
final class JsonReportWriter implements ReportWriter {

    private final JsonFactory factory = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    /**
     * Streams the report: a bank of thousands of files has hundreds of thousands of link uses, and a
     * tree of the whole report in memory would be larger than the check's own model.
     */
    @Override
    public void write(ReportInput input, OutputStream out) throws IOException {
        CheckResult result = input.result();
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", "qbank");
            g.writeStringField("version", Version.get());
            g.writeEndObject();

            g.writeObjectFieldStart("run");
            g.writeStringField("id", result.runId());
            g.writeStringField("startedAt", result.startedAt().toString());
            g.writeEndObject();

            Bank.Stats stats = result.bank().stats();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("files", stats.files());
            g.writeNumberField("chapters", stats.chapters());
            g.writeNumberField("sections", stats.sections());
            g.writeNumberField("questions", stats.questions());
            g.writeNumberField("links", stats.links());
            // the same count as links, under the name the contract gave it first
            g.writeNumberField("uniqueUrls", stats.links());
            g.writeNumberField("images", stats.images());
            g.writeNumberField("errors", result.errors());
            g.writeNumberField("warnings", result.warnings());
            g.writeNumberField("durationMs", result.durationMs());
            g.writeNumberField("unclearLinks", result.links().stream()
                    .filter(l -> l.detail() != null && l.detail().key().equals("link.soft-unclear")).count());
            g.writeObjectFieldStart("answers");
            g.writeStringField("convention", result.answers().id());
            g.writeNumberField("sectionsWithQuestions", result.answers().sections());
            g.writeNumberField("withAnswerLink", result.answers().withAnswerLinks());
            g.writeStringField("reason", result.answers().reason());
            g.writeEndObject();
            g.writeEndObject();

            g.writeArrayFieldStart("findings");
            for (TrackedFinding t : result.tracked()) {
                Finding f = t.finding();
                g.writeStartObject();
                g.writeStringField("rule", f.rule());
                g.writeStringField("severity", f.severity().id());
                g.writeStringField("file", f.file());
                g.writeNumberField("line", f.line());
                g.writeNumberField("column", f.column());
                g.writeStringField("message", f.text(input.config().locale()));
                g.writeStringField("expected", f.expected());
                g.writeStringField("actual", f.actual());
                g.writeStringField("fingerprint", t.fingerprint());
                g.writeStringField("status", t.status());
                g.writeEndObject();
            }
            g.writeEndArray();

            g.writeArrayFieldStart("links");
            for (LinkResult l : result.links()) {
                g.writeStartObject();
                g.writeStringField("url", l.url());
                g.writeStringField("result", l.verdict().id());
                numberOrNull(g, "status", l.status());
                g.writeStringField("redirect", l.redirect());
                numberOrNull(g, "timeMs", l.timeMs());
                g.writeStringField("detail", l.detail() == null ? null : l.detail().text());
                g.writeStringField("archive", l.archive());
                g.writeArrayFieldStart("occurrences");
                for (LinkResult.Occurrence o : l.occurrences()) {
                    g.writeStartObject();
                    g.writeStringField("file", o.file());
                    g.writeNumberField("line", o.line());
                    g.writeNumberField("column", o.column());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void numberOrNull(JsonGenerator g, String name, Number value) throws IOException {
        g.writeFieldName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value.longValue());
        }
    }
}
