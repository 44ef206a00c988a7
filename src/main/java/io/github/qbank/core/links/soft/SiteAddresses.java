package io.github.qbank.core.links.soft;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import okhttp3.HttpUrl;

/**
 * Addresses as a soft 404 sends a reader to them: the site root, a search page, a login or consent
 * page; whether two addresses are one page; the probe's random address beside a target.
 */
public final class SiteAddresses {

    private static final int RANDOM_LENGTH = 24;
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final Pattern ROOT_PAGE = Pattern.compile("(?i)(index|default)\\.(html?|php|aspx?|jsp)");
    private static final Pattern LOGIN = Pattern.compile(
            "(?i)(log[-_]?in|sign[-_]?in|log[-_]?on|sso|auth|oauth2?|authori[sz]e|authenticate|passport|cas)(\\.\\w+)?");
    private static final Pattern CONSENT = Pattern.compile("(?i)(cookie[-_]?)?consent(\\.\\w+)?|gdpr|cookiewall");
    private static final Set<String> SEARCH_PARAMETERS = Set.of("q", "query", "search", "keyword", "keywords", "wd",
            "s", "term", "searchterm");

    private SiteAddresses() {}

    /** What an address is, as a soft 404 would send a reader there. */
    public enum Kind {
        /** A login page, or a page with a password field. */
        LOGIN,
        /** A consent page (cookies, GDPR) shown before the site. */
        CONSENT,
        /** A search page: {@code /search…}, or a query such as {@code ?q=} or {@code ?s=}. */
        SEARCH,
        /** The site root. */
        ROOT,
        /** Any other page. */
        OTHER
    }

    /**
     * The address of the probe: beside the target, in the same directory, a random last segment
     * with the target's extension ({@code /posts/a.html} → {@code /posts/k3…q.html}), no query.
     * @param target the target
     * @return an address that cannot exist
     */
    public static HttpUrl probe(HttpUrl target) {
        List<String> segments = target.pathSegments();
        String last = segments.get(segments.size() - 1);
        int dot = last.lastIndexOf('.');
        String extension = dot > 0 && last.length() - dot <= 6 ? last.substring(dot) : "";
        StringBuilder name = new StringBuilder(RANDOM_LENGTH + extension.length());
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            name.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        name.append(extension);
        return target.newBuilder().setPathSegment(segments.size() - 1, name.toString()).query(null).fragment(null)
                .build();
    }

    /**
     * Whether an address is the site root: {@code /}, or {@code /index.html} and the like.
     * @param url an address
     * @return {@code true} for the root
     */
    public static boolean isRoot(HttpUrl url) {
        List<String> segments = url.pathSegments();
        return segments.size() == 1 && (segments.get(0).isEmpty() || ROOT_PAGE.matcher(segments.get(0)).matches());
    }

    /**
     * Whether two addresses are the same page: host and path (a trailing slash aside); scheme, port,
     * query and fragment are not compared ({@code /search?q=a} and {@code /search?q=b} are one page).
     * @param a an address
     * @param b another
     * @return {@code true} when both are the same page
     */
    public static boolean sameAddress(String a, String b) {
        HttpUrl x = a == null ? null : HttpUrl.parse(a);
        HttpUrl y = b == null ? null : HttpUrl.parse(b);
        if (x == null || y == null) {
            return false;
        }
        return x.host().equals(y.host()) && path(x).equals(path(y));
    }

    private static String path(HttpUrl u) {
        String p = u.encodedPath();
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    /**
     * What an address is: a login or consent page, a search page, the site root, or another page.
     * @param url  the address
     * @param page its page, or {@code null}: a password field makes it a login page
     * @return the kind
     */
    public static Kind kind(String url, PageSketch page) {
        HttpUrl u = url == null ? null : HttpUrl.parse(url);
        if (u == null) {
            return Kind.OTHER;
        }
        List<String> segments = u.pathSegments();
        if (segments.stream().anyMatch(s -> LOGIN.matcher(s).matches()) || (page != null && page.passwordField())) {
            return Kind.LOGIN;
        }
        if (u.host().startsWith("consent.") || segments.stream().anyMatch(s -> CONSENT.matcher(s).matches())) {
            return Kind.CONSENT;
        }
        if (segments.stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).contains("search"))
                || u.queryParameterNames().stream().anyMatch(n -> SEARCH_PARAMETERS.contains(n.toLowerCase(Locale.ROOT)))) {
            return Kind.SEARCH;
        }
        return isRoot(u) ? Kind.ROOT : Kind.OTHER;
    }
}
