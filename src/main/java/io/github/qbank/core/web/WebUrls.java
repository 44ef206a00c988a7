package io.github.qbank.core.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** How web URLs are told apart: one check per page, however the bank writes its address. */
public final class WebUrls {

    private WebUrls() {}

    /**
     * The URL as compared: scheme and host in lower case, default port, trailing slash and fragment
     * dropped, query kept. A URL that does not parse is compared as written, less its fragment.
     * @param url the URL as written
     * @return the URL in its compared form
     */
    public static String normalize(String url) {
        String u = url.strip();
        String plain = normalizePlain(u);
        return plain != null ? plain : normalizeParsing(u);
    }

    /**
     * The compared form of a URL whose parts are all of the plainest kind (a scheme of {@code http}
     * or {@code https}, a host name of letters, digits, dots and hyphens, an optional port, and a
     * path, query and fragment of ASCII characters that {@link URI} takes as they are), read without
     * {@link URI}: a bank holds a hundred thousand such URLs, and parsing each is most of the time of
     * a check that reads its files from the model cache. {@code null} for any other URL, which
     * {@link #normalizeParsing} reads; both give the same form for a URL read here.
     */
    static String normalizePlain(String u) {
        int schemeEnd;
        if (u.regionMatches(true, 0, "http://", 0, 7)) {
            schemeEnd = 4;
        } else if (u.regionMatches(true, 0, "https://", 0, 8)) {
            schemeEnd = 5;
        } else {
            return null;
        }
        int hostStart = schemeEnd + 3;
        int n = u.length();
        int i = hostStart;
        int labelStart = i;
        int lastLabelStart = i;
        while (i < n && isHostChar(u.charAt(i))) {
            char c = u.charAt(i);
            if (c == '.') {
                if (!endsLabel(u, labelStart, i)) {
                    return null;
                }
                labelStart = i + 1;
            }
            i++;
        }
        int hostEnd = i;
        if (!endsLabel(u, labelStart, hostEnd) || !isLetter(u.charAt(labelStart))) {
            return null;
        }
        int port = -1;
        if (i < n && u.charAt(i) == ':') {
            int digitsStart = ++i;
            while (i < n && i - digitsStart < 5 && u.charAt(i) >= '0' && u.charAt(i) <= '9') {
                i++;
            }
            if (i == digitsStart) {
                return null;
            }
            port = Integer.parseInt(u, digitsStart, i, 10);
        }
        int pathStart = i;
        int queryStart = -1;
        int fragmentStart = -1;
        for (; i < n; i++) {
            char c = u.charAt(i);
            if (c == '?' && queryStart < 0 && fragmentStart < 0) {
                queryStart = i;
            } else if (c == '#' && fragmentStart < 0) {
                fragmentStart = i;
            } else if (c == '%') {
                if (i + 2 >= n || !isHex(u.charAt(i + 1)) || !isHex(u.charAt(i + 2))) {
                    return null;
                }
                i += 2;
            } else if (c != '?' && !isPlainUrlChar(c)) {
                return null; // a second '#' among them
            }
        }
        if (pathStart < n && u.charAt(pathStart) != '/' && u.charAt(pathStart) != '?' && u.charAt(pathStart) != '#') {
            return null;
        }
        int pathEnd = queryStart >= 0 ? queryStart : fragmentStart >= 0 ? fragmentStart : n;
        int queryEnd = fragmentStart >= 0 ? fragmentStart : n;
        while (pathEnd > pathStart && u.charAt(pathEnd - 1) == '/') {
            pathEnd--;
        }
        String scheme = schemeEnd == 4 ? "http" : "https";
        boolean defaultPort = port == -1 || (schemeEnd == 4 && port == 80) || (schemeEnd == 5 && port == 443);
        StringBuilder out = new StringBuilder(n + 1).append(scheme).append("://")
                .append(u, hostStart, hostEnd);
        for (int h = scheme.length() + 3; h < out.length(); h++) {
            char c = out.charAt(h);
            if (c >= 'A' && c <= 'Z') {
                out.setCharAt(h, (char) (c + ('a' - 'A')));
            }
        }
        if (!defaultPort) {
            out.append(':').append(port);
        }
        out.append(u, pathStart, pathEnd);
        if (queryStart >= 0) {
            out.append(u, queryStart, queryEnd);
        }
        return out.toString();
    }

    /** Whether a host name's label ends here well: not empty, not ending or starting with a hyphen. */
    private static boolean endsLabel(String u, int start, int end) {
        return end > start && u.charAt(start) != '-' && u.charAt(end - 1) != '-';
    }

    private static boolean isHostChar(char c) {
        return isLetter(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** Letters, digits, and the marks and separators {@link URI} takes in a path, query and fragment. */
    private static boolean isPlainUrlChar(char c) {
        return isLetter(c) || (c >= '0' && c <= '9') || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0;
    }

    /** The compared form, as {@link URI} reads the URL. */
    static String normalizeParsing(String u) {
        try {
            URI uri = new URI(u);
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                return withoutFragment(u);
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? uri.getRawAuthority().toLowerCase(Locale.ROOT)
                    : uri.getHost().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
                    || (scheme.equals("https") && port == 443);
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path + query;
        } catch (URISyntaxException e) {
            return withoutFragment(u);
        }
    }

    /**
     * The URL to request: as written, without its fragment.
     * @param url the URL as written
     * @return the URL without {@code #fragment}
     */
    public static String withoutFragment(String url) {
        String u = url.strip();
        int hash = u.indexOf('#');
        return hash >= 0 ? u.substring(0, hash) : u;
    }
}
