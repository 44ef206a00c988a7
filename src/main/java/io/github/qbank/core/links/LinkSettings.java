package io.github.qbank.core.links;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import io.github.qbank.core.Message;

/**
 * How external links are checked. Immutable; built with {@link #builder(Path)}. Header values
 * may be secrets: nothing here prints them.
 */
public final class LinkSettings {

    /** The Wayback Machine's availability API. */
    public static final String DEFAULT_ARCHIVE_ENDPOINT = "https://archive.org/wayback/available";

    /**
     * Request headers for the hosts a pattern matches (glob: {@code *.example.com}). Names must be
     * HTTP tokens and values printable ASCII (or tab), so that a header is refused when it is
     * configured, never at request time; the values may be secrets and appear in no message and
     * no {@code toString}.
     */
    public record HostHeaders(String hostGlob, Map<String, String> headers) {

        private static final String TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";

        /**
         * Checks the headers and copies them. naming the header (never its value) that HTTP cannot carry
         * @param hostGlob the hosts the headers are sent to
         * @param headers header names and values
         * @throws IllegalArgumentException naming the header (never its value) that HTTP cannot carry
         */
        public HostHeaders {
            headers = Map.copyOf(headers);
            for (Map.Entry<String, String> h : headers.entrySet()) {
                if (!isToken(h.getKey())) {
                    throw new IllegalArgumentException("'" + h.getKey() + "' (host " + hostGlob + ") is not a valid"
                            + " HTTP header name: use letters, digits and " + TOKEN_SYMBOLS + " only");
                }
                if (!h.getValue().chars().allMatch(c -> c == '\t' || (c >= 0x20 && c <= 0x7E))) {
                    throw new IllegalArgumentException("the value of header '" + h.getKey() + "' (host " + hostGlob
                            + ") contains a line break, a control character or a character outside ASCII");
                }
            }
        }

        private static boolean isToken(String name) {
            return !name.isEmpty() && name.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9') || TOKEN_SYMBOLS.indexOf(c) >= 0);
        }

        @Override
        public String toString() {
            return "HostHeaders[" + hostGlob + ", " + headers.keySet() + "]";
        }
    }

    /**
     * An HTTP proxy, from Maven's settings.xml, with its password decrypted. {@code protocol} is
     * the scheme of the URLs it carries, {@code http} or {@code https}
     * ({@link io.github.qbank.core.links.guard.ProxySelection});
     * qbank talks plain HTTP to the proxy itself either way. {@code nonProxyHosts} are host globs
     * ({@code *.example.com}) requested directly. The password appears in no {@code toString}.
     */
    public record Proxy(String protocol, String host, int port, String username, String password,
            List<String> nonProxyHosts) {

        /**
         * Reads a missing protocol as {@code http} and makes {@code nonProxyHosts} an unmodifiable copy.
         * @param protocol      the scheme of the URLs the proxy carries, or {@code null} for {@code http}
         * @param host          the proxy's host
         * @param port          the proxy's port
         * @param username      the user to authenticate as, or {@code null}
         * @param password      the decrypted password, or {@code null}
         * @param nonProxyHosts host globs requested directly
         */
        public Proxy {
            protocol = protocol == null || protocol.isBlank() ? "http" : protocol.strip().toLowerCase(Locale.ROOT);
            nonProxyHosts = List.copyOf(nonProxyHosts);
        }

        /**
         * Maven's {@code <nonProxyHosts>} value: globs separated by {@code |} (a comma is read as one too).
         * @param value the setting, or {@code null}
         * @return the globs, blank ones left out; empty for {@code null}
         */
        public static List<String> nonProxyHosts(String value) {
            if (value == null) {
                return List.of();
            }
            return Arrays.stream(value.split("[|,]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        @Override
        public String toString() {
            return "Proxy[" + protocol + " " + host + ":" + port + (username == null ? "" : ", user " + username)
                    + ", nonProxyHosts " + nonProxyHosts + "]";
        }
    }

    private final boolean check;
    private final Message skipReason;
    private final int timeoutSeconds;
    private final int concurrency;
    private final int perHost;
    private final int retries;
    private final boolean allowPrivate;
    private final Path cacheFile;
    private final long cacheMaxAgeSeconds;
    private final int deadlineSeconds;
    private final List<Pattern> excludes;
    private final Set<Integer> acceptedStatus;
    private final List<HostHeaders> headers;
    private final List<Proxy> proxies;
    private final List<String> proxyOnlyHosts;
    private final long backoffMillis;
    private final long maxRetryAfterMillis;
    private final boolean softNotFound;
    private final boolean archive;
    private final String archiveEndpoint;

    private LinkSettings(Builder b) {
        this.check = b.check;
        this.skipReason = b.skipReason;
        this.timeoutSeconds = b.timeoutSeconds;
        this.concurrency = b.concurrency;
        this.perHost = b.perHost;
        this.retries = b.retries;
        this.allowPrivate = b.allowPrivate;
        this.cacheFile = b.cacheFile;
        this.cacheMaxAgeSeconds = b.cacheMaxAgeSeconds;
        this.deadlineSeconds = b.deadlineSeconds;
        this.excludes = List.copyOf(b.excludes);
        this.acceptedStatus = Set.copyOf(b.acceptedStatus);
        this.headers = List.copyOf(b.headers);
        this.proxies = List.copyOf(b.proxies);
        this.proxyOnlyHosts = List.copyOf(b.proxyOnlyHosts);
        this.backoffMillis = b.backoffMillis;
        this.maxRetryAfterMillis = b.maxRetryAfterMillis;
        this.softNotFound = b.softNotFound;
        this.archive = b.archive;
        this.archiveEndpoint = b.archiveEndpoint;
    }

    /** The same settings with another cache file (a copy, field by field). */
    private LinkSettings(LinkSettings s, Path cacheFile) {
        this.check = s.check;
        this.skipReason = s.skipReason;
        this.timeoutSeconds = s.timeoutSeconds;
        this.concurrency = s.concurrency;
        this.perHost = s.perHost;
        this.retries = s.retries;
        this.allowPrivate = s.allowPrivate;
        this.cacheFile = cacheFile;
        this.cacheMaxAgeSeconds = s.cacheMaxAgeSeconds;
        this.deadlineSeconds = s.deadlineSeconds;
        this.excludes = s.excludes;
        this.acceptedStatus = s.acceptedStatus;
        this.headers = s.headers;
        this.proxies = s.proxies;
        this.proxyOnlyHosts = s.proxyOnlyHosts;
        this.backoffMillis = s.backoffMillis;
        this.maxRetryAfterMillis = s.maxRetryAfterMillis;
        this.softNotFound = s.softNotFound;
        this.archive = s.archive;
        this.archiveEndpoint = s.archiveEndpoint;
    }

    /**
     * These settings without a cache file: links are checked without one and nothing is written
     * (the check's choice when the configured file cannot be trusted).
     * @return the settings, with {@link #cacheFile()} {@code null}
     */
    public LinkSettings withoutCache() {
        return new LinkSettings(this, null);
    }

    /**
     * Starts the settings; every setting has its default.
     * @param cacheFile the file the link results are kept in between runs
     * @return the builder
     */
    public static Builder builder(Path cacheFile) {
        return new Builder(cacheFile);
    }

    /**
     * Whether links are checked at all ({@code false} for {@code qbank.links=skip} or offline).
     * @return {@code true} if links are checked
     */
    public boolean check() {
        return check;
    }

    /**
     * Why links are not checked, in English; {@code null} when they are.
     * @return the reason, or {@code null}
     */
    public String skipReason() {
        return skipReason == null ? null : skipReason.text();
    }

    /**
     * Why links are not checked, said once in the log in the reader's language; {@code null} when they are.
     * @return the reason, or {@code null}
     */
    public Message skipMessage() {
        return skipReason;
    }

    /** {@return the seconds one request may take} */
    public int timeoutSeconds() {
        return timeoutSeconds;
    }

    /** {@return how many requests are in flight at most} */
    public int concurrency() {
        return concurrency;
    }

    /** {@return how many requests are in flight per host at most} */
    public int perHost() {
        return perHost;
    }

    /** {@return how often a timeout, 429 or 5xx is retried} */
    public int retries() {
        return retries;
    }

    /** {@return whether loopback, private and link-local targets are allowed} */
    public boolean allowPrivate() {
        return allowPrivate;
    }

    /** {@return the file the link results are kept in between runs, or {@code null} for none} */
    public Path cacheFile() {
        return cacheFile;
    }

    /**
     * How long an alive result is reused without asking again.
     * @return the maximum age in seconds
     */
    public long cacheMaxAgeSeconds() {
        return cacheMaxAgeSeconds;
    }

    /**
     * The whole link check ends after this many seconds, whatever the servers do.
     * @return the deadline in seconds
     */
    public int deadlineSeconds() {
        return deadlineSeconds;
    }

    /** {@return the patterns of URLs that are not checked} */
    public List<Pattern> excludes() {
        return excludes;
    }

    /**
     * Status codes that count as alive besides 2xx (e.g. 403 for a site that refuses robots).
     * @return the accepted status codes
     */
    public Set<Integer> acceptedStatus() {
        return acceptedStatus;
    }

    /** {@return the request headers per host pattern} */
    public List<HostHeaders> headers() {
        return headers;
    }

    /**
     * The proxies of settings.xml, in their order; the first that fits a URL carries it
     * ({@link io.github.qbank.core.links.guard.ProxySelection}).
     * @return the proxies, possibly empty
     */
    public List<Proxy> proxies() {
        return proxies;
    }

    /**
     * Host globs that only the proxy can resolve (an intranet behind it, say): handed to the proxy
     * without the local private-address checks. Literal addresses and {@code localhost} stay
     * refused; only {@link #allowPrivate()} lets those through.
     * @return the host globs
     */
    public List<String> proxyOnlyHosts() {
        return proxyOnlyHosts;
    }

    /**
     * The first retry waits this long; each further one twice as long.
     * @return the first wait in milliseconds
     */
    public long backoffMillis() {
        return backoffMillis;
    }

    /**
     * A server's {@code Retry-After} is honoured up to this long.
     * @return the longest wait in milliseconds
     */
    public long maxRetryAfterMillis() {
        return maxRetryAfterMillis;
    }

    /**
     * Whether a page that answers 2xx is judged against what its site answers for an address that
     * cannot exist (a soft 404: the site's "not found" page served with 200, a redirect to the home
     * page or a search page); one probe per host.
     * @return {@code true} unless {@code qbank.links.softNotFound=false}
     */
    public boolean softNotFound() {
        return softNotFound;
    }

    /**
     * Whether the web archive is asked for a snapshot of each dead link. Off by default: it sends the
     * bank's dead URLs to a third party.
     * @return {@code true} for {@code qbank.links.archive=true}
     */
    public boolean archive() {
        return archive;
    }

    /**
     * The web archive's availability API, asked with {@code ?url=…}; it answers
     * {@code archived_snapshots.closest.url}.
     * @return the endpoint, {@code https://archive.org/wayback/available} by default
     */
    public String archiveEndpoint() {
        return archiveEndpoint;
    }

    /** Collects link settings; the defaults are those of the specification. */
    public static final class Builder {
        private boolean check = true;
        private Message skipReason;
        private int timeoutSeconds = 10;
        private int concurrency = 64;
        private int perHost = 8;
        private int retries = 2;
        private boolean allowPrivate;
        private final Path cacheFile;
        private long cacheMaxAgeSeconds = 24 * 3600;
        private int deadlineSeconds = 300;
        private List<Pattern> excludes = new ArrayList<>();
        private Set<Integer> acceptedStatus = new TreeSet<>();
        private List<HostHeaders> headers = new ArrayList<>();
        private List<Proxy> proxies = new ArrayList<>();
        private List<String> proxyOnlyHosts = new ArrayList<>();
        private long backoffMillis = 1000;
        private long maxRetryAfterMillis = 30_000;
        private boolean softNotFound = true;
        private boolean archive;
        private String archiveEndpoint = DEFAULT_ARCHIVE_ENDPOINT;

        private Builder(Path cacheFile) {
            this.cacheFile = cacheFile;
        }

        /**
         * Links are not checked; the reason is said once in the log.
         * @param reason said once in the log, e.g. {@code Maven is offline (-o)}
         * @return this builder
         */
        public Builder skip(String reason) {
            return skip(Message.of("link.skipped", reason));
        }

        /**
         * Links are not checked; the reason is said once in the log, in the reader's language.
         * @param reason said once in the log and shown with each link
         * @return this builder
         */
        public Builder skip(Message reason) {
            this.check = false;
            this.skipReason = reason;
            return this;
        }

        /**
         * Sets the seconds one request may take.
         * @param v the seconds
         * @return this builder
         */
        public Builder timeoutSeconds(int v) {
            this.timeoutSeconds = v;
            return this;
        }

        /**
         * Sets how many requests are in flight at most.
         * @param v the number of requests
         * @return this builder
         */
        public Builder concurrency(int v) {
            this.concurrency = v;
            return this;
        }

        /**
         * Sets how many requests are in flight per host at most.
         * @param v the number of requests
         * @return this builder
         */
        public Builder perHost(int v) {
            this.perHost = v;
            return this;
        }

        /**
         * Sets how often a timeout, 429 or 5xx is retried.
         * @param v the number of retries
         * @return this builder
         */
        public Builder retries(int v) {
            this.retries = v;
            return this;
        }

        /**
         * Sets whether loopback, private and link-local targets are allowed.
         * @param v {@code true} to allow them
         * @return this builder
         */
        public Builder allowPrivate(boolean v) {
            this.allowPrivate = v;
            return this;
        }

        /**
         * Sets how long an alive result is reused.
         * @param v the maximum age in seconds
         * @return this builder
         */
        public Builder cacheMaxAgeSeconds(long v) {
            this.cacheMaxAgeSeconds = v;
            return this;
        }

        /**
         * Sets when the whole link check ends.
         * @param v the deadline in seconds
         * @return this builder
         */
        public Builder deadlineSeconds(int v) {
            this.deadlineSeconds = v;
            return this;
        }

        /**
         * Sets the patterns of URLs that are not checked.
         * @param v patterns matched against the whole URL
         * @return this builder
         */
        public Builder excludes(List<Pattern> v) {
            this.excludes = new ArrayList<>(v);
            return this;
        }

        /**
         * Sets the status codes that count as alive besides 2xx.
         * @param v the status codes
         * @return this builder
         */
        public Builder acceptedStatus(Set<Integer> v) {
            this.acceptedStatus = new TreeSet<>(v);
            return this;
        }

        /**
         * Sets the request headers per host pattern.
         * @param v the headers
         * @return this builder
         */
        public Builder headers(List<HostHeaders> v) {
            this.headers = new ArrayList<>(v);
            return this;
        }

        /**
         * Sets the proxies of settings.xml, in their order.
         * @param v the proxies, possibly empty
         * @return this builder
         */
        public Builder proxies(List<Proxy> v) {
            this.proxies = new ArrayList<>(v);
            return this;
        }

        /**
         * Sets the host globs that only the proxy can resolve.
         * @param v host globs such as {@code *.corp.internal}
         * @return this builder
         */
        public Builder proxyOnlyHosts(List<String> v) {
            this.proxyOnlyHosts = new ArrayList<>(v);
            return this;
        }

        /**
         * Sets how long the first retry waits.
         * @param v the wait in milliseconds
         * @return this builder
         */
        public Builder backoffMillis(long v) {
            this.backoffMillis = v;
            return this;
        }

        /**
         * Sets how long a server's {@code Retry-After} is honoured at most.
         * @param v the wait in milliseconds
         * @return this builder
         */
        public Builder maxRetryAfterMillis(long v) {
            this.maxRetryAfterMillis = v;
            return this;
        }

        /**
         * Sets whether 2xx answers are judged against the site's "not found" answer.
         * @param v {@code false} to take every 2xx as alive
         * @return this builder
         */
        public Builder softNotFound(boolean v) {
            this.softNotFound = v;
            return this;
        }

        /**
         * Sets whether the web archive is asked for a snapshot of each dead link.
         * @param v {@code true} to ask it
         * @return this builder
         */
        public Builder archive(boolean v) {
            this.archive = v;
            return this;
        }

        /**
         * Sets the web archive's availability API.
         * @param v an http(s) URL, asked with {@code ?url=…}
         * @return this builder
         */
        public Builder archiveEndpoint(String v) {
            this.archiveEndpoint = v;
            return this;
        }

        /** {@return the settings} */
        public LinkSettings build() {
            return new LinkSettings(this);
        }
    }
}
