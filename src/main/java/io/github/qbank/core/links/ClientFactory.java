package io.github.qbank.core.links;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;

import okhttp3.Credentials;
import okhttp3.Dns;
import okhttp3.OkHttpClient;

/**
 * The one OkHttp client of a link check: timeouts from the settings, redirects left to the
 * checker (each hop is judged like the first), no silent retries, private addresses refused after
 * name resolution and at connect time ({@link AddressGuard}), and the proxy of {@code settings.xml} with its credentials and non-proxy hosts.
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
                .socketFactory(guard.sockets());
        LinkSettings.Proxy proxy = settings.proxy();
        if (proxy != null) {
            b.proxySelector(selector(proxy));
            if (proxy.username() != null && !proxy.username().isEmpty()) {
                String credential = Credentials.basic(proxy.username(), proxy.password() == null ? "" : proxy.password());
                b.proxyAuthenticator((route, response) -> response.request().header("Proxy-Authorization") != null
                        ? null
                        : response.request().newBuilder().header("Proxy-Authorization", credential).build());
            }
        }
        return b.build();
    }

    /** Whether requests to {@code host} go through the proxy: not for its non-proxy hosts. */
    static boolean proxied(LinkSettings.Proxy proxy, String host) {
        if (proxy == null) {
            return false;
        }
        for (String glob : proxy.nonProxyHosts()) {
            if (HttpLinkChecker.globMatches(glob, host)) {
                return false;
            }
        }
        return true;
    }

    private static ProxySelector selector(LinkSettings.Proxy proxy) {
        Proxy http = new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(proxy.host(), proxy.port()));
        return new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                return List.of(proxied(proxy, uri.getHost()) ? http : Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {}
        };
    }
}
