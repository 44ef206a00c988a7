package io.github.qbank.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

import io.github.qbank.core.links.LinkSettings;

/**
 * The proxies of {@code settings.xml} as the link checker needs them: the active ones, in their
 * order, for http or https, with passwords decrypted as Maven decrypts them
 * ({@code mvn --encrypt-password}, {@code settings-security.xml}). Which proxy carries which URL is
 * the core's choice, made as Maven makes it.
 */
final class SettingsProxies {

    private SettingsProxies() {}

    /** @throws MojoExecutionException naming the proxy whose password cannot be decrypted, never the password */
    static List<LinkSettings.Proxy> of(Settings settings, SettingsDecrypter decrypter) throws MojoExecutionException {
        if (settings == null || settings.getProxies().isEmpty()) {
            return List.of();
        }
        List<Proxy> active = new ArrayList<>();
        for (Proxy p : settings.getProxies()) {
            String protocol = p.getProtocol() == null ? "http" : p.getProtocol().trim().toLowerCase(Locale.ROOT);
            if (p.isActive() && (protocol.equals("http") || protocol.equals("https"))) {
                active.add(p);
            }
        }
        if (active.isEmpty()) {
            return List.of();
        }
        List<Proxy> decrypted = active;
        if (decrypter != null) {
            SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest().setProxies(active));
            for (SettingsProblem problem : result.getProblems()) {
                if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                    throw new MojoExecutionException("settings.xml: " + problem.getMessage()
                            + " (the link checker needs the proxy's password; qbank.links=skip checks no links)");
                }
            }
            decrypted = result.getProxies();
        }
        List<LinkSettings.Proxy> out = new ArrayList<>();
        for (Proxy p : decrypted) {
            out.add(new LinkSettings.Proxy(p.getProtocol(), p.getHost(), p.getPort(), p.getUsername(), p.getPassword(),
                    LinkSettings.Proxy.nonProxyHosts(p.getNonProxyHosts())));
        }
        return out;
    }
}
