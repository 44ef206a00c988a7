package io.github.qbank.core.links.guard;

import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import okhttp3.Dns;

import io.github.qbank.core.Message;
import io.github.qbank.core.links.LinkSettings;

/**
 * Judges a URL's host before it is requested, for the bank's URLs and every redirect alike.
 *
 * <ul>
 *   <li>An address, in any spelling ({@link IpLiterals}), is refused when it is private, before
 *       any connection: {@code http://2130706433/} never leaves the machine.
 *   <li>A name that goes through a proxy never reaches the local checks after resolution (the
 *       proxy resolves it), so it is judged here: {@code localhost}, {@code *.localhost},
 *       {@code *.internal} and {@code *.local} are refused, and so is a name that the local
 *       resolver maps to a private address. A name that does not resolve locally is the proxy's
 *       to resolve. Names listed in {@code qbank.links.proxyOnlyHosts} go to the proxy unjudged.
 *   <li>A name requested directly is left to the {@link AddressGuard}, which sees the address
 *       actually connected to.
 * </ul>
 */
public final class PrivateTargets {

    private final LinkSettings settings;
    private final Predicate<InetAddress> isPrivate;
    private final Dns dns;
    private final ProxySelection proxies;
    private final Map<String, Optional<Message>> judged = new ConcurrentHashMap<>();

    /**
     * The judge of one link check.
     * @param settings  whether private addresses are allowed, the proxies, and the names only they resolve
     * @param isPrivate which addresses are private: the ranges and the machine's own addresses
     *                  ({@link AddressPolicy#withOwnAddresses})
     * @param dns       the local resolver, asked about names that a proxy would resolve
     */
    public PrivateTargets(LinkSettings settings, Predicate<InetAddress> isPrivate, Dns dns) {
        this.settings = settings;
        this.proxies = new ProxySelection(settings.proxies());
        this.isPrivate = isPrivate;
        this.dns = dns;
    }

    /**
     * Why an address may not be requested, or {@code null}; asks no resolver.
     * @param host a URL's host
     * @return the reason, or {@code null} when the host is no private address
     */
    public Message refuseAddress(String host) {
        if (settings.allowPrivate() || !IpLiterals.numeric(host)) {
            return null;
        }
        return IpLiterals.readings(host).stream().anyMatch(isPrivate) ? Message.of("link.private-address") : null;
    }

    /**
     * Why a URL's host may not be requested, or {@code null}; may ask the local resolver about a
     * name that a proxy would resolve.
     * @param scheme the URL's scheme
     * @param host   the URL's host
     * @return the reason, or {@code null} when the host may be requested
     */
    public Message refuse(String scheme, String host) {
        Message address = refuseAddress(host);
        if (address != null || settings.allowPrivate() || IpLiterals.numeric(host)
                || proxies.forUrl(scheme, host) == null) {
            return address;
        }
        String key = host.toLowerCase(Locale.ROOT);
        Optional<Message> known = judged.get(key);
        if (known == null) { // asked outside the map: a slow resolver must not hold up other hosts
            known = Optional.ofNullable(refuseProxiedName(key));
            judged.putIfAbsent(key, known);
        }
        return known.orElse(null);
    }

    private Message refuseProxiedName(String host) {
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (name.equals("localhost") || name.endsWith(".localhost")) {
            return Message.of("link.this-machine", host);
        }
        if (settings.proxyOnlyHosts().stream().anyMatch(glob -> HostPatterns.matches(glob, name))) {
            return null;
        }
        if (name.endsWith(".internal") || name.endsWith(".local")) {
            return Message.of("link.private-network-name", host);
        }
        List<InetAddress> addresses;
        try {
            addresses = dns.lookup(name);
        } catch (IOException | RuntimeException e) {
            return null; // only the proxy knows it
        }
        return addresses.stream().anyMatch(isPrivate) ? Message.of("link.resolves-to-private", host) : null;
    }
}
