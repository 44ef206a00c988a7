package io.github.qbank.core.links;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.qbank.core.model.Bank;
import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.model.Reference;

/**
 * Every external URL of the bank, de-duplicated across files ({@link WebUrls#normalize}), with
 * its check result and every place that uses it.
 */
public final class LinkIndex {

    private final Map<String, LinkResult> byKey;
    private final Map<Reference, LinkResult> byReference;
    private final boolean networkUnavailable;

    private LinkIndex(Map<String, LinkResult> byKey, Map<Reference, LinkResult> byReference, boolean networkUnavailable) {
        this.byKey = byKey;
        this.byReference = byReference;
        this.networkUnavailable = networkUnavailable;
    }

    /**
     * Collects the bank's web URLs, checks each once, and records where each is used.
     * @param bank the bank
     * @param checker the checker to ask
     * @return the index of results by reference
     */
    public static LinkIndex check(Bank bank, LinkChecker checker) {
        Map<String, String> requestUrl = new LinkedHashMap<>();
        Map<String, List<LinkResult.Occurrence>> uses = new LinkedHashMap<>();
        Map<Reference, String> keys = new IdentityHashMap<>();
        Map<String, String> keyOfUrl = new HashMap<>();
        for (BankFile f : bank.files()) {
            for (Reference r : f.references()) {
                if (r.isWeb()) {
                    String key = keyOfUrl.computeIfAbsent(r.url(), WebUrls::normalize);
                    keys.put(r, key);
                    requestUrl.putIfAbsent(key, WebUrls.withoutFragment(r.url()));
                    uses.computeIfAbsent(key, k -> new ArrayList<>())
                            .add(new LinkResult.Occurrence(f.relativePath(), r.line(), r.column()));
                }
            }
        }
        LinkChecker.LinkCheck check = checker.check(List.copyOf(new java.util.LinkedHashSet<>(requestUrl.values())));
        Map<String, LinkResult> byKey = new LinkedHashMap<>();
        requestUrl.forEach((key, url) -> {
            LinkResult r = check.results().get(url);
            byKey.put(key, new LinkResult(url, r.verdict(), r.status(), r.redirect(), r.timeMs(), r.detail(),
                    List.copyOf(uses.get(key))));
        });
        Map<Reference, LinkResult> byReference = new IdentityHashMap<>(keys.size() * 2);
        keys.forEach((reference, key) -> byReference.put(reference, byKey.get(key)));
        return new LinkIndex(byKey, byReference, check.networkUnavailable());
    }

    /**
     * The result for a web reference of the bank, or {@code null} for any other reference.
     * @param r a reference of the bank
     * @return its result, or {@code null}
     */
    public LinkResult result(Reference r) {
        return byReference.get(r);
    }

    /**
     * Every URL with its result, in order of first use.
     * @return the results, one per distinct URL
     */
    public List<LinkResult> results() {
        return List.copyOf(byKey.values());
    }

    /**
     * Whether no host at all could be resolved or reached.
     * @return {@code true} if the failures say nothing about the links
     */
    public boolean networkUnavailable() {
        return networkUnavailable;
    }
}
