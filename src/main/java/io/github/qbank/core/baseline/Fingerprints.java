package io.github.qbank.core.baseline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

import io.github.qbank.core.Finding;
import io.github.qbank.core.model.Bank;
import io.github.qbank.core.model.BankFile;

/**
 * A finding's identity that survives edits elsewhere in the file: rule, file, the finding's
 * subject (the trimmed, whitespace-collapsed source line it sits on), {@code expected} and
 * {@code actual}, and its occurrence among findings with that same identity in the file. Line
 * and column never take part, nor the message (messages may cite lines).
 *
 * <p>Example: {@code - 8 third} out of sequence in {@code README.md} is
 * {@code numbering|README.md|- 8 third|3|8|#0}, hashed. Ten lines inserted above it leave it
 * unchanged; the same line pasted into a second list is {@code #1}, a new finding.
 */
public final class Fingerprints {

    /** Hex digits kept of the SHA-256 digest: 64 bits, no collision in any real bank. */
    private static final int LENGTH = 16;
    /** White space in any script, such as the ideographic space of CJK text. */
    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private Fingerprints() {}

    /**
     * The fingerprint of each finding, in the order of {@code findings}.
     * @param findings the findings of one run
     * @param bank the bank they were found in: a fingerprint reads the finding's section
     * @return one fingerprint per finding
     */
    public static List<String> of(List<Finding> findings, Bank bank) {
        return of(findings, bank, new LongAdder());
    }

    /**
     * The fingerprints, counting the bytes hashed: each source line is read and hashed once per
     * rule however many findings stand on it, so that N findings on one long line cost the line
     * once, not N times.
     */
    static List<String> of(List<Finding> findings, Bank bank, LongAdder hashed) {
        Map<String, BankFile> files = new HashMap<>();
        for (BankFile f : bank.files()) {
            files.put(f.relativePath(), f);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> findings.get(i), Finding.ORDER));
        String[] out = new String[findings.size()];
        Map<Line, String> subjects = new HashMap<>();
        Map<Identity, Integer> seen = new HashMap<>();
        Map<Prefix, MessageDigest> prefixes = new HashMap<>();
        for (int i : order) {
            Finding f = findings.get(i);
            String subject = subjects.computeIfAbsent(new Line(f.file(), f.line()),
                    l -> subject(f, files.get(f.file())));
            Prefix prefix = new Prefix(f.rule(), f.file(), subject);
            Identity identity = new Identity(prefix, String.valueOf(f.expected()), String.valueOf(f.actual()));
            int occurrence = seen.merge(identity, 1, Integer::sum) - 1;
            MessageDigest start = prefixes.computeIfAbsent(prefix,
                    p -> digest(String.join(SEPARATOR, p.rule(), p.file(), p.subject(), ""), null, hashed));
            out[i] = hex(digest(String.join(SEPARATOR, identity.expected(), identity.actual(),
                    String.valueOf(occurrence)), start, hashed));
        }
        return List.of(out);
    }

    private static final String SEPARATOR = "\u0000";

    private record Line(String file, int line) {}

    /** What makes two findings the same one; the subject is shared by the findings of one line. */
    private record Identity(Prefix prefix, String expected, String actual) {}

    /** Rule, file and subject: the start of what a fingerprint hashes, hashed once for all their findings. */
    private record Prefix(String rule, String file, String subject) {}

    /** The text the finding is about: its source line, trimmed, with runs of white space as one space. */
    static String subject(Finding f, BankFile file) {
        if (file == null || !file.readable()) {
            return "";
        }
        return SPACES.matcher(file.source().line(f.line()).strip()).replaceAll(" ");
    }

    /**
     * The digest of {@code prefix}'s input followed by {@code text}: the fingerprint is the SHA-256
     * of {@code rule, file, subject, expected, actual, occurrence} joined by NUL, as it always was.
     */
    private static MessageDigest digest(String text, MessageDigest prefix, LongAdder hashed) {
        try {
            MessageDigest d = prefix == null ? MessageDigest.getInstance("SHA-256") : (MessageDigest) prefix.clone();
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            hashed.add(bytes.length);
            d.update(bytes);
            return d;
        } catch (NoSuchAlgorithmException | CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM, or cannot be copied", e);
        }
    }

    private static String hex(MessageDigest d) {
        return HexFormat.of().formatHex(d.digest()).substring(0, LENGTH);
    }
}
