package io.github.qbank.core.links.guard;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The host globs of the link settings: the hosts that request headers go to, a proxy's
 * {@code nonProxyHosts}, the {@code proxyOnlyHosts}. {@code *.example.com}, {@code example.com},
 * {@code *}: a glob matches the whole host, in any letter case.
 */
public final class HostPatterns {

    private HostPatterns() {}

    /**
     * {@code *.example.com}, {@code example.com}, {@code *}: case-insensitive host globs.
     * @param glob a host glob of the settings
     * @param host a host, or {@code null}
     * @return {@code true} if the glob matches the whole host
     */
    public static boolean matches(String glob, String host) {
        if (host == null) {
            return false;
        }
        String regex = Pattern.quote(glob.trim().toLowerCase(Locale.ROOT)).replace("*", "\\E.*\\Q");
        return host.toLowerCase(Locale.ROOT).matches(regex);
    }
}
