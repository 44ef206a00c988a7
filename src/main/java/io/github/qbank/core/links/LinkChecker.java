package io.github.qbank.core.links;

import java.util.List;
import java.util.Map;

/** Checks external URLs. Each URL is given once, however often the bank uses it. */
public interface LinkChecker {

    /**
     * @param urls distinct URLs to check
     * @return a result per URL, occurrences left empty (the caller fills them in)
     */
    Map<String, LinkResult> check(List<String> urls);

    /** A checker that checks nothing and says why. */
    static LinkChecker skipping(String reason) {
        return urls -> {
            Map<String, LinkResult> out = new java.util.LinkedHashMap<>();
            for (String u : urls) {
                out.put(u, new LinkResult(u, Verdict.SKIPPED, null, null, null, reason, List.of()));
            }
            return out;
        };
    }
}
