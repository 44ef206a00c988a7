package io.github.qbank.core.links.guard;

import java.util.List;
import java.util.Locale;

import io.github.qbank.core.links.LinkSettings;

/**
 * Which proxy of {@code settings.xml} carries a request, chosen as Maven chooses one for a
 * repository (Maven Resolver's {@code DefaultProxySelector}): the first proxy whose
 * {@code nonProxyHosts} do not name the host, of the URL's protocol; an https URL that has no
 * https proxy goes through the http one (tunnelled with {@code CONNECT}), an http URL never goes
 * through a proxy declared for https only. No proxy at all means a direct connection.
 *
 * <p>Example: with {@code <proxy><protocol>https</protocol>…} alone, {@code https://a.example/} is
 * proxied and {@code http://a.example/} is not; with nonProxyHosts {@code *.corp.example|localhost},
 * {@code https://wiki.corp.example/} is requested directly.
 */
public final class ProxySelection {

    private final List<LinkSettings.Proxy> proxies;

    /**
     * Chooses among these proxies.
     * @param proxies the proxies of {@code settings.xml}, in their order
     */
    public ProxySelection(List<LinkSettings.Proxy> proxies) {
        this.proxies = List.copyOf(proxies);
    }

    /**
     * The proxy for a URL of this scheme and host, or {@code null} for a direct connection.
     * @param scheme the URL's scheme
     * @param host   the URL's host
     * @return the proxy, or {@code null}
     */
    public LinkSettings.Proxy forUrl(String scheme, String host) {
        String protocol = scheme.toLowerCase(Locale.ROOT);
        LinkSettings.Proxy chosen = first(protocol, host);
        return chosen == null && protocol.equals("https") ? first("http", host) : chosen;
    }

    /**
     * The proxy listening at this address, as a route names it; {@code null} when none is configured there.
     * @param host the proxy's host, as written in the route
     * @param port the proxy's port
     * @return the proxy, or {@code null}
     */
    public LinkSettings.Proxy at(String host, int port) {
        for (LinkSettings.Proxy p : proxies) {
            if (p.port() == port && p.host().equalsIgnoreCase(host)) {
                return p;
            }
        }
        return null;
    }

    /** {@return whether there is no proxy at all} */
    public boolean isEmpty() {
        return proxies.isEmpty();
    }

    private LinkSettings.Proxy first(String protocol, String host) {
        for (LinkSettings.Proxy p : proxies) {
            if (p.protocol().equals(protocol) && !bypassed(p, host)) {
                return p;
            }
        }
        return null;
    }

    /** Whether one of the proxy's {@code nonProxyHosts} globs matches the whole host, in any letter case. */
    static boolean bypassed(LinkSettings.Proxy proxy, String host) {
        for (String glob : proxy.nonProxyHosts()) {
            if (HostPatterns.matches(glob, host)) {
                return true;
            }
        }
        return false;
    }
}
