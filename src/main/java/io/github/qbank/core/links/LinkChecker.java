package io.github.qbank.core.links;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.qbank.core.Message;

/** Checks external URLs. Each URL is given once, however often the bank uses it. */
public interface LinkChecker {

    /**
     * What one check found.
     *
     * @param results            a result per URL given, occurrences left empty (the caller fills them in)
     * @param networkUnavailable whether no host at all could be resolved or reached, so the failures
     *                           say nothing about the links
     */
    record LinkCheck(Map<String, LinkResult> results, boolean networkUnavailable) {}

    /**
     * Checks the URLs.
     *
     * @param urls distinct URLs to check, without fragments
     * @return a result per URL, and whether the network was there at all
     */
    LinkCheck check(List<String> urls);

    /**
     * A checker that checks nothing and says why.
     * @param reason why links are not checked, e.g. {@code Maven is offline (-o)}
     * @return a checker whose every result is {@link Verdict#SKIPPED}
     */
    static LinkChecker skipping(String reason) {
        return skipping(Message.of("link.skipped", reason));
    }

    /**
     * A checker that checks nothing and says why, in the reader's language.
     * @param reason why links are not checked
     * @return a checker whose every result is {@link Verdict#SKIPPED}
     */
    static LinkChecker skipping(Message reason) {
        return urls -> {
            Map<String, LinkResult> out = new LinkedHashMap<>();
            for (String u : urls) {
                out.put(u, new LinkResult(u, Verdict.SKIPPED, null, null, null, reason,
                        List.of()));
            }
            return new LinkCheck(out, false);
        };
    }
}
