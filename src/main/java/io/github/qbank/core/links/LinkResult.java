package io.github.qbank.core.links;

import java.util.List;

import io.github.qbank.core.Message;

/**
 * One external URL of the bank, checked once, with every place that uses it.
 *
 * @param url         the URL as written
 * @param verdict     the outcome
 * @param status      the final HTTP status, or {@code null} when there was no response
 * @param redirect    where a permanent redirect led, or {@code null}
 * @param timeMs      how long the check took, or {@code null} when it was not made
 * @param detail      why, in words, when the verdict is not {@link Verdict#ALIVE}; or {@code null}
 * @param occurrences where the URL is used
 * @param archive     the web archive's closest snapshot of a dead URL ({@code qbank.links.archive}), or
 *                    {@code null}
 */
public record LinkResult(
        String url,
        Verdict verdict,
        Integer status,
        String redirect,
        Long timeMs,
        Message detail,
        List<Occurrence> occurrences,
        String archive) {

    /**
     * A result without an archived copy.
     * @param url         the URL as written
     * @param verdict     the outcome
     * @param status      the final HTTP status, or {@code null}
     * @param redirect    where a permanent redirect led, or {@code null}
     * @param timeMs      how long the check took, or {@code null}
     * @param detail      why, in words, or {@code null}
     * @param occurrences where the URL is used
     */
    public LinkResult(String url, Verdict verdict, Integer status, String redirect, Long timeMs, Message detail,
            List<Occurrence> occurrences) {
        this(url, verdict, status, redirect, timeMs, detail, occurrences, null);
    }

    /**
     * The same result with the web archive's snapshot.
     * @param snapshot the snapshot's URL, or {@code null}
     * @return the result with {@link #archive()} set
     */
    public LinkResult withArchive(String snapshot) {
        return new LinkResult(url, verdict, status, redirect, timeMs, detail, occurrences, snapshot);
    }

    /** A place where a URL is used. */
    public record Occurrence(String file, int line, int column) {}
}
