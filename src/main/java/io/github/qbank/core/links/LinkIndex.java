package io.github.qbank.core.links;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.qbank.core.model.Bank;
import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.model.Reference;
import io.github.qbank.core.web.WebUrls;

/**
 * Every external URL of the bank, de-duplicated across files ({@link WebUrls#normalize}), with
 * its check result and every place that uses it.
 */
public final class LinkIndex {

    private final List<LinkResult> results;
    /** By URL as written: the references of a bank outnumber its distinct URLs two to one. */
    private final Map<String, LinkResult> byUrl;
    private final boolean networkUnavailable;

    private LinkIndex(List<LinkResult> results, Map<String, LinkResult> byUrl, boolean networkUnavailable) {
        this.results = results;
        this.byUrl = byUrl;
        this.networkUnavailable = networkUnavailable;
    }

    /**
     * Collects the bank's web URLs, checks each once, and records where each is used.
     * @param bank the bank
     * @param checker the checker to ask
     * @return the index of results by reference
     */
    public static LinkIndex check(Bank bank, LinkChecker checker) {
        Map<String, String> keyOfUrl = new HashMap<>();
        Map<String, Uses> byKey = new LinkedHashMap<>();
        for (BankFile f : bank.files()) {
            for (Reference r : f.references()) {
                if (r.isWeb()) {
                    String key = keyOfUrl.computeIfAbsent(r.url(), WebUrls::normalize);
                    byKey.computeIfAbsent(key, k -> new Uses(WebUrls.withoutFragment(r.url()), new ArrayList<>()))
                            .occurrences().add(new LinkResult.Occurrence(f.relativePath(), r.line(), r.column()));
                }
            }
        }
        Set<String> requests = new LinkedHashSet<>();
        byKey.values().forEach(u -> requests.add(u.requestUrl()));
        LinkChecker.LinkCheck check = checker.check(List.copyOf(requests));
        Map<String, LinkResult> resultOfKey = new HashMap<>(byKey.size() * 2);
        List<LinkResult> results = new ArrayList<>(byKey.size());
        byKey.forEach((key, uses) -> {
            LinkResult r = check.results().get(uses.requestUrl());
            LinkResult result = new LinkResult(uses.requestUrl(), r.verdict(), r.status(), r.redirect(), r.timeMs(),
                    r.detail(), List.copyOf(uses.occurrences()), r.archive());
            resultOfKey.put(key, result);
            results.add(result);
        });
        byKey.clear();
        Map<String, LinkResult> byUrl = new HashMap<>(keyOfUrl.size() * 2);
        keyOfUrl.forEach((url, key) -> byUrl.put(url, resultOfKey.get(key)));
        return new LinkIndex(List.copyOf(results), byUrl, check.networkUnavailable());
    }

    /** A URL's request and where it is used, while the index is built. */
    private record Uses(String requestUrl, List<LinkResult.Occurrence> occurrences) {}

    /**
     * The result for a web reference of the bank, or {@code null} for any other reference.
     * @param r a reference of the bank
     * @return its result, or {@code null}
     */
    public LinkResult result(Reference r) {
        return r.isWeb() ? byUrl.get(r.url()) : null;
    }

    /**
     * Every URL with its result, in order of first use.
     * @return the results, one per distinct URL
     */
    public List<LinkResult> results() {
        return results;
    }

    /**
     * Whether no host at all could be resolved or reached.
     * @return {@code true} if the failures say nothing about the links
     */
    public boolean networkUnavailable() {
        return networkUnavailable;
    }
}
