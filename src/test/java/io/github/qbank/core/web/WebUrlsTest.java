package io.github.qbank.core.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * How web URLs are compared ({@link WebUrls#normalize}): the plain URLs read without
 * {@link java.net.URI} get the same form as {@link java.net.URI} gives them, on every URL of the
 * corpus banks and on random ones built from the characters that decide.
 */
class WebUrlsTest {

    private static void agrees(String url) {
        String plain = WebUrls.normalizePlain(url);
        if (plain != null) {
            assertEquals(WebUrls.normalizeParsing(url), plain, () -> "\"" + url + "\"");
        }
    }

    @Test
    void examples() {
        assertEquals("https://example.com/a", WebUrls.normalize(" HTTPS://Example.COM:443/a/#top "));
        assertEquals("http://example.com:8080/a?b=1", WebUrls.normalize("http://example.com:8080/a/?b=1#c"));
        assertEquals("http://example.com", WebUrls.normalize("http://example.com/"));
        assertEquals("http://example.com?", WebUrls.normalize("http://example.com?"));
        assertEquals("https://a.b-c.io/x%20y", WebUrls.normalize("https://a.b-c.io/x%20y"));
        assertNotNull(WebUrls.normalizePlain("https://articles.zsxq.com/id_b9eecaoga75i-1000.html"));
        // read by URI: user info, an IP address, a host URI does not take as a server, non-ASCII, a bad escape
        for (String other : new String[] {"http://user@example.com/", "http://127.0.0.1/", "http://a_b.com/",
            "http://a-.com:80/", "https://例子.中国/", "http://example.com/%zz", "http://example.com/a#b#c",
            "http://example.com/a b", "ftp://example.com/"}) {
            assertNull(WebUrls.normalizePlain(other), other);
        }
        assertEquals("http://a-.com:80", WebUrls.normalize("http://a-.com:80/"));
        assertEquals("http://example.com/a", WebUrls.normalize("http://example.com/a#b#c"));
    }

    @Test
    void agreesWithUriOnEveryUrlOfTheCorpus() throws IOException {
        Path corpus = Path.of(System.getProperty("qbank.sharedDir", "../shared"), "corpus");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(corpus), "the corpus is not at " + corpus);
        Pattern url = Pattern.compile("(?i)https?://[^\\s)\\]>\"'<]+");
        Set<String> urls = new TreeSet<>();
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                String text;
                try {
                    text = Files.readString(p, StandardCharsets.UTF_8);
                } catch (MalformedInputException e) {
                    continue;
                }
                Matcher m = url.matcher(text);
                while (m.find()) {
                    urls.add(m.group());
                }
            }
        }
        assertTrue(urls.size() > 3_000, urls.size() + " URLs");
        int plain = 0;
        for (String u : urls) {
            agrees(u);
            if (WebUrls.normalizePlain(u) != null) {
                plain++;
            }
        }
        assertTrue(plain > urls.size() / 2, plain + " of " + urls.size() + " read without URI");
    }

    private static final String[] SCHEMES = {"http://", "https://", "HTTP://", "Https://", "http:/", "http:///"};
    private static final String[] LABELS = {"a", "Zq", "x-y", "0a", "9", "a9", "-a", "a-", "", "xn--p1ai", "A-B-C"};
    private static final String[] HOST_NOISE = {"_", "@", "例", "%41", ".", ":"};
    private static final String[] PORTS = {"", ":", ":80", ":443", ":080", ":8080", ":0", ":65536", ":123456", ":8a"};
    private static final String[] PLAIN_PARTS = {"/", "a", "Z", "%2f", "%C3%A9", "?", "#", "-", ".", "_", "~", "!",
        "$", "&", "'", "(", ")", "*", "+", ",", ";", "=", ":", "@", "//", ".."};
    private static final String[] NOISE = {"%", "%zz", "%4", " ", "[", "]", "|", "\\", "^", "`", "{", "}", "\"",
        "<", ">", "é", "问", "\t"};

    /** Random URLs, most of them plain, some with one character of another kind. */
    @Test
    void agreesWithUriOnRandomUrls() {
        Random random = new Random(18);
        int plain = 0;
        for (int n = 0; n < 1_000_000; n++) {
            StringBuilder u = new StringBuilder(SCHEMES[random.nextInt(SCHEMES.length)]);
            for (int i = random.nextInt(4); i >= 0; i--) {
                u.append(LABELS[random.nextInt(LABELS.length)]).append(i > 0 ? "." : "");
            }
            if (random.nextInt(10) == 0) {
                u.insert(random.nextInt(u.length() + 1), HOST_NOISE[random.nextInt(HOST_NOISE.length)]);
            }
            u.append(PORTS[random.nextInt(PORTS.length)]);
            if (random.nextInt(5) > 0) {
                u.append('/');
            }
            for (int i = random.nextInt(10); i > 0; i--) {
                u.append(random.nextInt(20) == 0 ? NOISE[random.nextInt(NOISE.length)]
                        : PLAIN_PARTS[random.nextInt(PLAIN_PARTS.length)]);
            }
            agrees(u.toString());
            if (WebUrls.normalizePlain(u.toString()) != null) {
                plain++;
            }
        }
        assertTrue(plain > 80_000, plain + " read without URI");
    }
}
