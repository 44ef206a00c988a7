package io.github.qbank.core.links;

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
