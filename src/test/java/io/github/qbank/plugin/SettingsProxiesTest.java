package io.github.qbank.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Credentials;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecrypter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;
import org.sonatype.plexus.components.sec.dispatcher.DefaultSecDispatcher;

import io.github.qbank.core.RecordingListener;
import io.github.qbank.core.links.LinkResult;
import io.github.qbank.core.links.LinkSettings;
import io.github.qbank.core.links.Verdict;
import io.github.qbank.core.links.http.HttpLinkChecker;

/**
 * The proxies of settings.xml reach the link checker as Maven would use them: active ones only,
 * with the password that {@code mvn --encrypt-password} encrypted decrypted by Maven's own
 * {@code SettingsDecrypter}, against the master password of a test {@code settings-security.xml}
 * ({@code unit/settings}; master password {@code qbank-test-master}).
 */
@MojoTest
@Basedir("/unit/bank")
class SettingsProxiesTest {

    /** {@code proxy-s3cr3t}, encrypted by {@code mvn --encrypt-password} with the test master password. */
    private static final String ENCRYPTED = "{pwolmLWso5EH2oKOVO/8L0EMCBRfRMGG5hq7JvszxhE=}";

    private final MockWebServer proxyServer = new MockWebServer();

    @BeforeEach
    void start() throws Exception {
        proxyServer.start();
    }

    @AfterEach
    void stop() {
        proxyServer.close();
    }

    private static DefaultSettingsDecrypter decrypter() throws Exception {
        Path security = Path.of(SettingsProxiesTest.class.getResource("/unit/settings/settings-security.xml").toURI());
        return new DefaultSettingsDecrypter(new DefaultSecDispatcher(new DefaultPlexusCipher(), Map.of(),
                security.toString()));
    }

    private static Proxy proxy(String id, String protocol, String host, int port, String password, boolean active) {
        Proxy p = new Proxy();
        p.setId(id);
        p.setProtocol(protocol);
        p.setHost(host);
        p.setPort(port);
        p.setUsername("alice");
        p.setPassword(password);
        p.setActive(active);
        p.setNonProxyHosts("*.corp.example|localhost");
        return p;
    }

    private static Settings settings(Proxy... proxies) {
        Settings s = new Settings();
        for (Proxy p : proxies) {
            s.addProxy(p);
        }
        return s;
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "linksAllowPrivate", value = "true")
    void anEncryptedPasswordIsDecryptedAndReachesTheProxy(CheckMojo mojo) throws Exception {
        mojo.settings = settings(proxy("off", "http", "unused.example", 1, "x", false),
                proxy("socks", "socks5", "unused.example", 2, "x", true),
                proxy("corp", "http", "localhost", proxyServer.getPort(), ENCRYPTED, true));
        mojo.settingsDecrypter = decrypter();
        LinkSettings links = mojo.configuration().links();
        assertEquals(1, links.proxies().size(), "the inactive and the socks proxy are left out");
        LinkSettings.Proxy chosen = links.proxies().get(0);
        assertEquals("proxy-s3cr3t", chosen.password());
        assertEquals(List.of("*.corp.example", "localhost"), chosen.nonProxyHosts());

        proxyServer.enqueue(new MockResponse.Builder().code(407).setHeader("Proxy-Authenticate", "Basic realm=\"corp\"")
                .build());
        proxyServer.enqueue(new MockResponse.Builder().code(200).build());
        String url = "http://answers.example.invalid/q1";
        LinkResult r = new HttpLinkChecker(links, new RecordingListener()).check(List.of(url)).results().get(url);
        assertEquals(Verdict.ALIVE, r.verdict(), r.toString());
        assertNotNull(proxyServer.takeRequest(10, TimeUnit.SECONDS), "the proxy was asked, not a link cache");
        RecordedRequest authenticated = proxyServer.takeRequest(10, TimeUnit.SECONDS);
        assertNotNull(authenticated, "the proxy was asked again, with credentials");
        assertEquals("HEAD " + url + " HTTP/1.1", authenticated.getRequestLine());
        assertEquals(Credentials.basic("alice", "proxy-s3cr3t"), authenticated.getHeaders().get("Proxy-Authorization"));
    }

    @Test
    @InjectMojo(goal = "check")
    void aPasswordThatCannotBeDecryptedFailsNamingTheProxyNotThePassword(CheckMojo mojo) throws Exception {
        mojo.settings = settings(proxy("corp", "https", "proxy.corp.example", 3128, "{bm90IHJlYWxseSBlbmNyeXB0ZWQ=}",
                true));
        mojo.settingsDecrypter = decrypter();
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::configuration);
        assertTrue(e.getMessage().startsWith("settings.xml: Failed to decrypt password for proxy corp"), e.getMessage());
        assertFalse(e.getMessage().contains("bm90IHJlYWxseSBlbmNyeXB0ZWQ"), e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "links", value = "skip")
    void withoutLinkChecksTheProxiesAreNotRead(CheckMojo mojo) throws Exception {
        mojo.settings = settings(proxy("corp", "http", "proxy.corp.example", 3128, "{bm90IHJlYWxseSBlbmNyeXB0ZWQ=}",
                true));
        mojo.settingsDecrypter = decrypter();
        assertEquals(List.of(), mojo.configuration().links().proxies());
    }

    @Test
    @InjectMojo(goal = "check")
    void aPlainPasswordIsUsedAsWritten(CheckMojo mojo) throws Exception {
        mojo.settings = settings(proxy("corp", "HTTPS", "proxy.corp.example", 3128, "plain", true));
        mojo.settingsDecrypter = decrypter();
        LinkSettings.Proxy p = mojo.configuration().links().proxies().get(0);
        assertEquals("https", p.protocol());
        assertEquals("plain", p.password());
    }
}
