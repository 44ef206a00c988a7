package io.github.qbank.core.baseline;

import io.github.qbank.core.Finding;

/**
 * A finding with its identity and whether the baseline already holds it.
 *
 * @param finding     the finding
 * @param fingerprint its line-independent identity ({@link Fingerprints})
 * @param known       whether the baseline lists it: known findings are reported but never fail the build
 */
public record TrackedFinding(Finding finding, String fingerprint, boolean known) {

    /**
     * {@code new} or {@code known}, as the reports write it.
     * @return {@code known} if the baseline holds the finding, else {@code new}
     */
    public String status() {
        return known ? "known" : "new";
    }
}
