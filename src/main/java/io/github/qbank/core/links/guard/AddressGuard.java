package io.github.qbank.core.links.guard;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import javax.net.SocketFactory;

import okhttp3.Dns;

import io.github.qbank.core.links.LinkSettings;

/**
 * Refuses private addresses where they are really used: after name resolution, and again when a
 * socket connects, whatever spelling, redirect or resolver produced the address. OkHttp reads
 * numeric hosts such as {@code 2130706433} or {@code 127.1} itself, without asking the resolver, so
 * the resolver alone cannot be the guard; every connection passes through {@link #connect}.
 *
 * <p>The proxies of {@code settings.xml} are the user's own choice, often on a private network:
 * their addresses and ports may always be connected to.
 */
public final class AddressGuard {

    private final boolean allowPrivate;
    private final Predicate<InetAddress> isPrivate;
    private final List<LinkSettings.Proxy> proxies;
    private final Set<InetSocketAddress> proxyEndpoints = ConcurrentHashMap.newKeySet();

    /**
     * A guard for one link check.
     * @param settings  whether private addresses are allowed, and the proxies, which always are
     * @param isPrivate which addresses are private: the ranges and the machine's own addresses
     *                  ({@link AddressPolicy#withOwnAddresses})
     */
    public AddressGuard(LinkSettings settings, Predicate<InetAddress> isPrivate) {
        this.allowPrivate = settings.allowPrivate();
        this.isPrivate = isPrivate;
        this.proxies = settings.proxies();
        for (LinkSettings.Proxy proxy : proxies) {
            if (IpLiterals.numeric(proxy.host())) {
                IpLiterals.readings(proxy.host()).forEach(a -> proxyEndpoints.add(new InetSocketAddress(a, proxy.port())));
            }
        }
    }

    /**
     * {@code resolver}, refusing names that resolve to a private address.
     * @param resolver the resolver to ask
     * @return a resolver that throws {@link BlockedAddressException} for such a name
     */
    public Dns dns(Dns resolver) {
        return host -> {
            List<InetAddress> addresses = resolver.lookup(host);
            boolean proxyHost = false;
            for (LinkSettings.Proxy proxy : proxies) {
                if (host.equalsIgnoreCase(proxy.host())) {
                    addresses.forEach(a -> proxyEndpoints.add(new InetSocketAddress(a, proxy.port())));
                    proxyHost = true;
                }
            }
            if (proxyHost) {
                return addresses;
            }
            if (!allowPrivate && addresses.stream().anyMatch(isPrivate)) {
                throw new BlockedAddressException(host);
            }
            return addresses;
        };
    }

    /** {@return plain sockets whose connect refuses private addresses} */
    public SocketFactory sockets() {
        return new SocketFactory() {
            @Override
            public Socket createSocket() {
                return new GuardedSocket();
            }

            @Override
            public Socket createSocket(String host, int port) throws IOException {
                return connected(new InetSocketAddress(host, port));
            }

            @Override
            public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
                return connected(new InetSocketAddress(host, port));
            }

            @Override
            public Socket createSocket(InetAddress host, int port) throws IOException {
                return connected(new InetSocketAddress(host, port));
            }

            @Override
            public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                    throws IOException {
                return connected(new InetSocketAddress(address, port));
            }

            private Socket connected(InetSocketAddress endpoint) throws IOException {
                Socket s = new GuardedSocket();
                s.connect(endpoint);
                return s;
            }
        };
    }

    /** Throws when {@code endpoint} may not be connected to. */
    void connect(SocketAddress endpoint) throws BlockedAddressException {
        if (allowPrivate || !(endpoint instanceof InetSocketAddress isa) || proxyEndpoints.contains(isa)) {
            return;
        }
        if (isa.isUnresolved() || isPrivate.test(isa.getAddress())) {
            throw new BlockedAddressException(isa.getHostString());
        }
    }

    private final class GuardedSocket extends Socket {
        @Override
        public void connect(SocketAddress endpoint, int timeout) throws IOException {
            AddressGuard.this.connect(endpoint);
            super.connect(endpoint, timeout);
        }
    }
}
