package io.github.qbank.core.links.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;

import okhttp3.Authenticator;
import okhttp3.ConnectionPool;
import okhttp3.Credentials;
import okhttp3.Dns;
import okhttp3.OkHttpClient;

import io.github.qbank.core.links.LinkSettings;
import io.github.qbank.core.links.guard.AddressGuard;
import io.github.qbank.core.links.guard.ProxySelection;

/**
 * The one OkHttp client of a link check: timeouts from the settings, redirects left to the
 * checker (each hop is judged like the first), no silent retries, private addresses refused after
 * name resolution and at connect time ({@link AddressGuard}), and the proxies of
 * {@code settings.xml} chosen per URL ({@link ProxySelection}), with their credentials.
 */
final class ClientFactory {

    private ClientFactory() {}

    static OkHttpClient create(LinkSettings settings, Dns dns, AddressGuard guard) {
        OkHttpClient.Builder b = new OkHttpClient.Builder()
                .callTimeout(settings.timeoutSeconds(), TimeUnit.SECONDS)
                .connectTimeout(settings.timeoutSeconds(), TimeUnit.SECONDS)
                .readTimeout(settings.timeoutSeconds(), TimeUnit.SECONDS)
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .dns(guard.dns(dns))
                .socketFactory(guard.sockets())
                // OkHttp's default pool keeps 5 idle connections in all: with 64 requests in flight over 50
                // hosts nearly every request opened a connection of its own, and every server a thread for it
                .connectionPool(new ConnectionPool(Math.max(5, settings.concurrency()), 5, TimeUnit.MINUTES));
        ProxySelection proxies = new ProxySelection(settings.proxies());
        if (!proxies.isEmpty()) {
            b.proxySelector(selector(proxies));
            b.proxyAuthenticator(authenticator(proxies));
        }
        return b.build();
    }

    private static ProxySelector selector(ProxySelection proxies) {
        return new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                LinkSettings.Proxy p = uri.getScheme() == null ? null : proxies.forUrl(uri.getScheme(), uri.getHost());
                return List.of(p == null ? Proxy.NO_PROXY
                        : new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(p.host(), p.port())));
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {}
        };
    }

    /**
     * Answers a proxy's 407 with the credentials of that proxy, once: a second 407 means they are
     * wrong, and the answer stands.
     */
    private static Authenticator authenticator(ProxySelection proxies) {
        return (route, response) -> {
            if (route == null || response.request().header("Proxy-Authorization") != null
                    || !(route.proxy().address() instanceof InetSocketAddress address)) {
                return null;
            }
            LinkSettings.Proxy p = proxies.at(address.getHostString(), address.getPort());
            if (p == null || p.username() == null || p.username().isEmpty()) {
                return null;
            }
            String credential = Credentials.basic(p.username(), p.password() == null ? "" : p.password());
            return response.request().newBuilder().header("Proxy-Authorization", credential).build();
        };
    }
}
