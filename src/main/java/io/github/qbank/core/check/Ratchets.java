package io.github.qbank.core.check;

import java.util.Set;

import io.github.qbank.core.Finding;

/** Which findings {@code qbank.ratchetFrom} keeps: those in a changed file, or pointing at one. */
final class Ratchets {

    /** The rules whose findings pair two places, the other named in the message as {@code file:line}. */
    static final Set<String> CROSS_FILE_RULES = Set.of("duplicate-section", "duplicate-answer-url", "duplicate-question");

    private Ratchets() {}

    /**
     * A finding is kept when its file changed; a finding of a duplicate rule also when the other
     * place it names ({@code path:line} in its message) is in a changed file.
     *
     * @param changed changed files, relative to the project directory with {@code /} separators
     */
    static boolean keeps(Finding finding, Set<String> changed) {
        if (changed.contains(finding.file())) {
            return true;
        }
        if (!CROSS_FILE_RULES.contains(finding.rule())) {
            return false;
        }
        for (String file : changed) {
            if (names(finding.text(), file)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code message} holds {@code file:<digit>} as a whole path (not the end of a longer one). */
    static boolean names(String message, String file) {
        String target = file + ":";
        for (int at = message.indexOf(target); at >= 0; at = message.indexOf(target, at + 1)) {
            int after = at + target.length();
            boolean digit = after < message.length() && Character.isDigit(message.charAt(after));
            boolean start = at == 0 || " \"'(".indexOf(message.charAt(at - 1)) >= 0;
            if (digit && start) {
                return true;
            }
        }
        return false;
    }
}
