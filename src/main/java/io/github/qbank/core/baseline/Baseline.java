package io.github.qbank.core.baseline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.qbank.core.AtomicFiles;
import io.github.qbank.core.Finding;
import io.github.qbank.core.QbankException;
import io.github.qbank.core.local.FileGate;

/**
 * The findings a project has accepted for now ({@code qbank-baseline.json}, written by
 * {@code qbank:baseline}): a check reports them as {@code known} and fails only on the others.
 *
 * <p>The file is meant to be committed and merged, so it is written for people and for diff: one
 * finding per line, sorted by file, rule and fingerprint, keys in a fixed order, and no line
 * numbers (the message's line citations become {@code N}), so editing the bank does not churn it:
 * <pre>
 * {"qbankBaseline":1,"findings":[
 * {"file":"README.md","rule":"numbering","fingerprint":"3f0c…","message":"expected 3, found 8","expected":"3","actual":"8"}
 * ]}
 * </pre>
 *
 * <p>A baseline holds findings about the bank, never about the machine a check ran on: "network
 * unavailable" is not written, never known, and never counted as fixed ({@link #aboutTheMachine}).
 * Nor is a finding of a link rule counted as fixed in a check that could not judge links.
 */
public final class Baseline {

    /** The setting the baseline file comes from; errors name it. */
    public static final String SETTING = "baseline";

    /** The parameter the baseline file comes from, as warnings name it. */
    private static final String PROPERTY = "qbank.baseline";

    private static final int FORMAT = 1;
    private static final Pattern LINE_CITATION = Pattern.compile("\\b(lines?) \\d+(?:[–-]\\d+)?");
    private static final Comparator<TrackedFinding> FILE_ORDER = Comparator
            .comparing((TrackedFinding t) -> t.finding().file())
            .thenComparing(t -> t.finding().rule())
            .thenComparing(TrackedFinding::fingerprint);

    /**
     * The keys of findings about the machine a check ran on rather than the bank: the network was
     * unavailable, so the links were not judged.
     */
    private static final Set<String> MACHINE_KEYS = Set.of("link-unverifiable.network-unavailable",
            "link-unverifiable.network-unavailable-one");

    /** The rules whose findings judge external links: not judged when links are skipped or the network is down. */
    public static final Set<String> LINK_RULES = Set.of("dead-link", "link-unverifiable");

    /** Each known finding's fingerprint, with its rule. */
    private final Map<String, String> rules;
    private final Set<String> fingerprints;

    private Baseline(Map<String, String> rules) {
        this.rules = Map.copyOf(rules);
        this.fingerprints = this.rules.keySet();
    }

    /**
     * Whether a finding is about the machine the check ran on rather than the bank (the network was
     * unavailable): such a finding is never written into a baseline, never known and never fixed.
     * @param finding a finding
     * @return {@code true} for a finding about the machine
     */
    public static boolean aboutTheMachine(Finding finding) {
        return MACHINE_KEYS.contains(finding.message().key());
    }

    /**
     * No known findings: every finding is new.
     * @return a baseline that holds nothing
     */
    public static Baseline empty() {
        return new Baseline(Map.of());
    }

    /**
     * Reads a baseline file; a missing file (or {@code null}) is the empty baseline. The file passes
     * the {@link FileGate} ({@code qbank.baseline}): one that is not read (it leads out of the
     * repository, is not a regular file or is larger than {@value FileGate#MAX_MIB} MiB) is
     * treated as absent, with a warning, so every finding counts as new.
     *
     * @throws QbankException naming the file and the setting when the file cannot be read or is not a baseline
     * @param file the baseline file, or {@code null}
     * @param files the gate every file qbank reads besides the bank passes
     * @return the baseline the file holds
     */
    public static Baseline read(Path file, FileGate files) throws QbankException {
        if (file == null) {
            return empty();
        }
        FileGate.Result read = files.read(PROPERTY, file, FileGate.Owner.AS_CONFIGURED, FileGate.MAX_MIB,
                "it is treated as absent, so every finding counts as new");
        switch (read.status()) {
            case MISSING:
            case REFUSED:
                return empty();
            case FAILED:
                throw new QbankException(SETTING, "cannot read the baseline file " + file + ": " + read.error(),
                        read.error());
            default:
                break;
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(new String(read.bytes(), StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            // where, never what: the message of the parser quotes the file's text
            throw corrupt(file, "it is not JSON" + where(e.getLocation()), null);
        }
        if (root == null || !root.path("findings").isArray()) {
            throw corrupt(file, "it has no \"findings\" list", null);
        }
        Map<String, String> rules = new HashMap<>();
        for (JsonNode f : root.get("findings")) {
            JsonNode fp = f.get("fingerprint");
            if (fp == null || !fp.isTextual() || fp.asText().isBlank()) {
                throw corrupt(file, "a finding has no \"fingerprint\"", null);
            }
            String rule = f.path("rule").asText("");
            // written by an earlier qbank, which wrote findings about the machine too
            if (!(rule.equals("link-unverifiable") && f.path("message").asText("").startsWith("network unavailable"))) {
                rules.put(fp.asText(), rule);
            }
        }
        return new Baseline(rules);
    }

    private static String where(JsonLocation location) {
        return location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static QbankException corrupt(Path file, String why, Exception cause) {
        return new QbankException(SETTING, "the baseline file " + file + " is not a qbank baseline: " + why
                + "; write it again with mvn qbank:baseline", cause);
    }

    /**
     * The findings with their fingerprints and whether this baseline holds them.
     * @param findings the findings of this run
     * @param fingerprintsOfFindings their fingerprints, in the same order ({@link Fingerprints#of})
     * @return each finding with its fingerprint, in the order of {@code findings}
     */
    public List<TrackedFinding> track(List<Finding> findings, List<String> fingerprintsOfFindings) {
        List<TrackedFinding> out = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            String fp = fingerprintsOfFindings.get(i);
            Finding f = findings.get(i);
            out.add(new TrackedFinding(f, fp, !aboutTheMachine(f) && fingerprints.contains(fp)));
        }
        return List.copyOf(out);
    }

    /**
     * How many findings of this baseline the check no longer finds: they are fixed (or moved out of the check).
     * @param tracked the findings of this run, tracked against this baseline
     * @param unjudged the rules this check could not judge ({@link #LINK_RULES} when links were
     *                 skipped or the network was unavailable): their findings are not fixed by their absence
     * @return the number of fingerprints no finding of the run carries
     */
    public int fixed(List<TrackedFinding> tracked, Set<String> unjudged) {
        Set<String> found = new HashSet<>();
        for (TrackedFinding t : tracked) {
            found.add(t.fingerprint());
        }
        return (int) rules.entrySet().stream()
                .filter(e -> !found.contains(e.getKey()) && !unjudged.contains(e.getValue())).count();
    }

    /**
     * How many findings the baseline holds.
     * @return the number of fingerprints
     */
    public int size() {
        return fingerprints.size();
    }

    /**
     * Writes the findings as the new baseline, atomically.
     * @param file the baseline file; its folder is created
     * @param findings the findings to hold as known; those {@link #aboutTheMachine about the machine} are left out
     * @throws QbankException naming {@code baseline} when the file cannot be written
     */
    public static void write(Path file, List<TrackedFinding> findings) throws QbankException {
        List<TrackedFinding> aboutTheBank = findings.stream().filter(t -> !aboutTheMachine(t.finding())).toList();
        try {
            AtomicFiles.write(file, out -> out.write(text(aboutTheBank).getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new QbankException(SETTING, "cannot write the baseline file " + file + ": " + e, e);
        }
    }

    /** The file's content: one finding per line, sorted, without line numbers. */
    static String text(List<TrackedFinding> findings) {
        ObjectMapper mapper = new ObjectMapper();
        List<TrackedFinding> sorted = new ArrayList<>(findings);
        sorted.sort(FILE_ORDER);
        StringBuilder out = new StringBuilder("{\"qbankBaseline\":" + FORMAT + ",\"findings\":[\n");
        for (int i = 0; i < sorted.size(); i++) {
            Finding f = sorted.get(i).finding();
            ObjectNode n = mapper.createObjectNode();
            n.put("file", f.file());
            n.put("rule", f.rule());
            n.put("fingerprint", sorted.get(i).fingerprint());
            n.put("message", LINE_CITATION.matcher(f.text()).replaceAll("$1 N"));
            if (f.expected() != null) {
                n.put("expected", f.expected());
            }
            if (f.actual() != null) {
                n.put("actual", f.actual());
            }
            try {
                out.append(mapper.writeValueAsString(n));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write a JSON object", e);
            }
            out.append(i + 1 < sorted.size() ? ",\n" : "\n");
        }
        return out.append("]}\n").toString();
    }
}
