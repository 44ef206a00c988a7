package io.github.qbank.core;

import java.nio.file.Path;

/**
 * How external links are checked.
 *
 * @param check          whether to check them at all ({@code false} for {@code qbank.links=skip} or offline)
 * @param skipReason     why they are not checked, said once in the log; {@code null} when checked
 * @param timeoutSeconds seconds per request
 * @param concurrency    requests in flight overall
 * @param perHost        requests in flight per host
 * @param retries        retries for timeouts, 429 and 5xx
 * @param allowPrivate   whether loopback, private and link-local targets may be requested
 * @param cacheFile      the persistent result cache
 */
public record LinkSettings(
        boolean check,
        String skipReason,
        int timeoutSeconds,
        int concurrency,
        int perHost,
        int retries,
        boolean allowPrivate,
        Path cacheFile) {}
