package io.github.qbank.core.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import io.github.qbank.core.Finding;
import io.github.qbank.core.Message;
import io.github.qbank.core.baseline.TrackedFinding;
import io.github.qbank.core.check.CheckResult;

/**
 * {@code qbank-checkstyle.xml}: the checkstyle result format that CI warning plugins and reviewdog
 * read. File names are relative to the project, as in the other reports.
 */
final class CheckstyleReportWriter implements ReportWriter {

    @Override
    public void write(ReportInput input, OutputStream out) throws IOException {
        CheckResult result = input.result();
        Locale locale = input.config().locale();
        Map<String, List<TrackedFinding>> byFile = new LinkedHashMap<>();
        for (TrackedFinding t : result.tracked()) {
            byFile.computeIfAbsent(t.finding().file(), k -> new ArrayList<>()).add(t);
        }
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeComment(" qbank run " + result.runId() + " started " + result.startedAt() + " ");
            xml.writeCharacters("\n");
            xml.writeStartElement("checkstyle");
            xml.writeAttribute("version", "10.0");
            for (Map.Entry<String, List<TrackedFinding>> e : byFile.entrySet()) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("file");
                xml.writeAttribute("name", xmlSafe(e.getKey()));
                for (TrackedFinding t : e.getValue()) {
                    Finding f = t.finding();
                    xml.writeCharacters("\n    ");
                    xml.writeEmptyElement("error");
                    xml.writeAttribute("line", Integer.toString(f.line()));
                    xml.writeAttribute("column", Integer.toString(f.column()));
                    xml.writeAttribute("severity", f.severity().id());
                    // Checkstyle has no status: a known finding says so in its message.
                    String message = f.text(locale);
                    xml.writeAttribute("message", xmlSafe(t.known()
                            ? Message.of("checkstyle.known", message).text(locale) : message));
                    xml.writeAttribute("source", "qbank." + f.rule());
                }
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write checkstyle XML: " + e.getMessage(), e);
        }
    }

    /** Replaces characters that XML 1.0 cannot carry at all, even escaped. */
    static String xmlSafe(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
            out.appendCodePoint(allowed ? cp : 0xFFFD);
        });
        return out.toString();
    }
}
