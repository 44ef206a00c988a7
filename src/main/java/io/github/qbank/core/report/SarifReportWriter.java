package io.github.qbank.core.report;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.qbank.core.Finding;
import io.github.qbank.core.Message;
import io.github.qbank.core.Severity;
import io.github.qbank.core.Version;
import io.github.qbank.core.baseline.TrackedFinding;
import io.github.qbank.core.check.RuleRun;

/**
 * {@code qbank.sarif}: SARIF 2.1.0 for code scanning. One rule entry per rule (id, descriptions,
 * help, default level as configured), one result per finding with a physical location whose URI
 * is relative to the repository root ({@code %SRCROOT%}), so GitHub shows it on the right line.
 * Columns count Unicode code points, as qbank's do.
 */
final class SarifReportWriter implements ReportWriter {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public void write(ReportInput input, OutputStream out) throws IOException {
        Locale locale = input.config().locale();
        ObjectNode root = mapper.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "qbank");
        driver.put("semanticVersion", Version.get());
        driver.put("version", Version.get());
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> index = new HashMap<>();
        List<RuleRun> all = input.result().rules();
        for (int i = 0; i < all.size(); i++) {
            RuleRun rule = all.get(i);
            index.put(rule.id(), i);
            ObjectNode r = rules.addObject();
            r.put("id", rule.id());
            r.put("name", camel(rule.id()));
            String description = rule.description(locale);
            r.putObject("shortDescription").put("text", description);
            r.putObject("fullDescription").put("text", description);
            String help = Message.of("sarif.help", description, rule.id(), rule.helpUri()).text(locale);
            ObjectNode helpNode = r.putObject("help");
            helpNode.put("text", help);
            if (rule.helpMarkdown() != null) {
                helpNode.put("markdown", rule.helpMarkdown());
            }
            r.put("helpUri", rule.helpUri());
            r.putObject("defaultConfiguration").put("level", level(rule.severity()));
        }
        // when and by which check: in the run's property bag, not in automationDetails, whose id
        // GitHub reads as the analysis category (a new one per run would never close an alert)
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", true);
        invocation.put("startTimeUtc", input.result().startedAt().toString());
        ObjectNode properties = run.putObject("properties");
        properties.put("runId", input.result().runId());
        properties.put("startedAt", input.result().startedAt().toString());
        run.put("columnKind", "unicodeCodePoints");
        run.put("language", locale.toLanguageTag());
        String prefix = input.repositoryPrefix();
        ArrayNode results = run.putArray("results");
        for (TrackedFinding t : input.result().tracked()) {
            Finding f = t.finding();
            ObjectNode r = results.addObject();
            r.put("ruleId", f.rule());
            Integer i = index.get(f.rule());
            if (i != null) {
                r.put("ruleIndex", i);
            }
            r.put("level", level(f.severity()));
            r.putObject("message").put("text", f.text(locale));
            ObjectNode physical = r.putArray("locations").addObject().putObject("physicalLocation");
            ObjectNode artifact = physical.putObject("artifactLocation");
            artifact.put("uri", uri(prefix + f.file()));
            artifact.put("uriBaseId", "%SRCROOT%");
            ObjectNode region = physical.putObject("region");
            region.put("startLine", f.line());
            region.put("startColumn", f.column());
            r.putObject("partialFingerprints").put("qbankFinding/v2", t.fingerprint());
            r.put("baselineState", t.known() ? "unchanged" : "new");
        }
        mapper.writeValue(out, root);
    }

    /**
     * A relative path as a URI reference (RFC 3986): every byte of its UTF-8 form other than an
     * unreserved character ({@code A-Z a-z 0-9 - . _ ~}) or the {@code /} between names is
     * percent-encoded, so a space, {@code %}, {@code #}, {@code ?}, {@code :} or a CJK name cannot
     * be read as anything but part of the path.
     */
    static String uri(String path) {
        StringBuilder out = new StringBuilder(path.length() + 16);
        String[] names = path.split("/", -1);
        for (int i = 0; i < names.length; i++) {
            if (i > 0) {
                out.append('/');
            }
            // form encoding (the JDK's), turned into RFC 3986 path encoding
            out.append(URLEncoder.encode(names[i], StandardCharsets.UTF_8)
                    .replace("+", "%20").replace("*", "%2A").replace("%7E", "~"));
        }
        return out.toString();
    }

    private static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case OFF -> "none";
        };
    }

    /** {@code missing-image} → {@code MissingImage}. */
    private static String camel(String id) {
        StringBuilder out = new StringBuilder();
        for (String part : id.split("-")) {
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.toString();
    }
}
