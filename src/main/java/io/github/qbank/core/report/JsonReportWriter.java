package io.github.qbank.core.report;

import java.io.IOException;
import java.io.OutputStream;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.qbank.core.Finding;
import io.github.qbank.core.Version;
import io.github.qbank.core.baseline.TrackedFinding;
import io.github.qbank.core.check.CheckResult;
import io.github.qbank.core.links.LinkResult;
import io.github.qbank.core.model.Bank;

/** {@code qbank-report.json}: the machine contract, documented in the README. */
final class JsonReportWriter implements ReportWriter {

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public void write(ReportInput input, OutputStream out) throws IOException {
        CheckResult result = input.result();
        mapper.writeValue(out, toJson(result));
    }

    ObjectNode toJson(CheckResult result) {
        ObjectNode root = mapper.createObjectNode();
        ObjectNode tool = root.putObject("tool");
        tool.put("name", "qbank");
        tool.put("version", Version.get());

        ObjectNode run = root.putObject("run");
        run.put("id", result.runId());
        run.put("startedAt", result.startedAt().toString());

        Bank.Stats stats = result.bank().stats();
        ObjectNode summary = root.putObject("summary");
        summary.put("files", stats.files());
        summary.put("chapters", stats.chapters());
        summary.put("sections", stats.sections());
        summary.put("questions", stats.questions());
        summary.put("links", stats.links());
        summary.put("uniqueUrls", stats.uniqueUrls());
        summary.put("images", stats.images());
        summary.put("errors", result.errors());
        summary.put("warnings", result.warnings());
        summary.put("durationMs", result.durationMs());
        ObjectNode answers = summary.putObject("answers");
        answers.put("convention", result.answers().id());
        answers.put("sectionsWithQuestions", result.answers().sections());
        answers.put("withAnswerLink", result.answers().withAnswerLinks());
        answers.put("reason", result.answers().reason());

        ArrayNode findings = root.putArray("findings");
        for (TrackedFinding t : result.tracked()) {
            Finding f = t.finding();
            ObjectNode n = findings.addObject();
            n.put("rule", f.rule());
            n.put("severity", f.severity().id());
            n.put("file", f.file());
            n.put("line", f.line());
            n.put("column", f.column());
            n.put("message", f.message());
            n.put("expected", f.expected());
            n.put("actual", f.actual());
            n.put("fingerprint", t.fingerprint());
            n.put("status", t.status());
        }

        ArrayNode links = root.putArray("links");
        for (LinkResult l : result.links()) {
            ObjectNode n = links.addObject();
            n.put("url", l.url());
            n.put("result", l.verdict().id());
            n.put("status", l.status());
            n.put("redirect", l.redirect());
            n.put("timeMs", l.timeMs());
            n.put("detail", l.detail());
            ArrayNode occurrences = n.putArray("occurrences");
            for (LinkResult.Occurrence o : l.occurrences()) {
                ObjectNode on = occurrences.addObject();
                on.put("file", o.file());
                on.put("line", o.line());
                on.put("column", o.column());
            }
        }
        return root;
    }
}
