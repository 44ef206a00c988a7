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
        Map<String, Integer> seen = new HashMap<>();
        for (int i : order) {
            Finding f = findings.get(i);
            String identity = identity(f, subject(f, files.get(f.file())));
            int occurrence = seen.merge(identity, 1, Integer::sum) - 1;
            out[i] = hash(identity + '\u0000' + occurrence);
        }
        return List.of(out);
    }

    /** The text the finding is about: its source line, trimmed, with runs of white space as one space. */
    static String subject(Finding f, BankFile file) {
        if (file == null || !file.readable()) {
            return "";
        }
        return SPACES.matcher(file.source().line(f.line()).strip()).replaceAll(" ");
    }

    private static String identity(Finding f, String subject) {
        return String.join("\u0000", f.rule(), f.file(), subject, String.valueOf(f.expected()),
                String.valueOf(f.actual()));
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
