package io.github.qbank.core.links.soft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

import io.github.qbank.core.links.soft.SiteAddresses.Kind;

/** The sketch of a page, the judgement of a 2xx answer, and the addresses they look at. */
class PageSketchTest {

    private static final String SITE = "https://notes.example";

    private static String notFound(String path, String advert, String time) {
        return "<html><head><title>" + path + " not found · Notes</title><style>p{color:red}</style>"
                + "<script>var id='" + time + "';</script></head><body><nav>Home Articles Topics About</nav>"
                + "<h1>Page not found</h1><p>Sorry, " + path + " is not here. It may have moved, or it may never"
                + " have existed. Try the search box, or start from the home page.</p><aside>" + advert
                + " Served at " + time + ".</aside><footer>© Notes. All rights reserved.</footer></body></html>";
    }

    @Test
    void twoAnswersOfANotFoundPageResembleEachOtherWhateverPathTheyNameAndWhateverAdvertTheyShow() {
        PageSketch a = PageSketch.of(notFound("/posts/old-news", "Buy the book of the month.", "12:00:01"),
                SITE + "/posts/old-news");
        PageSketch b = PageSketch.of(notFound("/posts/k3x9q2", "Our newsletter is free today.", "12:07:44"),
                SITE + "/posts/k3x9q2");
        assertTrue(a.sameTitle(b), a.title() + " | " + b.title());
        assertTrue(a.resemblance(b) >= SoftNotFound.SAME, "resemblance " + a.resemblance(b));
        assertEquals(1.0, a.resemblance(a));
    }

    @Test
    void anArticleOnTheSameTemplateDoesNotResembleTheNotFoundPage() {
        PageSketch notFound = PageSketch.of(notFound("/posts/k3x9q2", "Buy the book.", "1"), SITE + "/posts/k3x9q2");
        PageSketch article = PageSketch.of("<title>Consistent hashing · Notes</title><nav>Home Articles Topics"
                + " About</nav><p>Consistent hashing places servers and keys on one ring, so that adding a server"
                + " moves only the keys between it and its neighbour; virtual nodes even out the load.</p>"
                + "<footer>© Notes. All rights reserved.</footer>", SITE + "/posts/consistent-hashing");
        assertFalse(notFound.sameTitle(article));
        assertTrue(notFound.resemblance(article) < SoftNotFound.DIFFERENT_BELOW, "" + notFound.resemblance(article));
    }

    @Test
    void chineseTextIsReadCharacterByCharacterAndTheChinesePathIsLeftOut() {
        PageSketch a = PageSketch.of("<title>页面不存在</title><p>抱歉，您访问的页面 /文章/注意力机制 不存在或已被删除。"
                + "请返回首页，或者使用搜索功能查找相关内容。</p>", SITE + "/%E6%96%87%E7%AB%A0/%E6%B3%A8%E6%84%8F%E5%8A%9B%E6%9C%BA%E5%88%B6");
        PageSketch b = PageSketch.of("<title>页面不存在</title><p>抱歉，您访问的页面 /文章/q8x2k 不存在或已被删除。"
                + "请返回首页，或者使用搜索功能查找相关内容。</p>", SITE + "/%E6%96%87%E7%AB%A0/q8x2k");
        assertTrue(a.words() > 20, "each CJK character a word: " + a.words());
        assertEquals(1.0, a.resemblance(b));
    }

    @Test
    void scriptsAndStylesAreNotVisibleTextAndAPasswordFieldIsSeen() {
        PageSketch p = PageSketch.of("<title>Sign in</title><script>one two three four</script><form><input"
                + " type=password></form>", SITE + "/login");
        assertEquals(0, p.words());
        assertTrue(p.passwordField());
    }

    @Test
    void theCacheKeepsASketchAsItIsAndRefusesOneThatDoesNotHoldTogether() {
        PageSketch p = PageSketch.of(notFound("/a", "ad", "1"), SITE + "/a");
        PageSketch back = PageSketch.decode(p.title(), p.words(), p.passwordField(), p.encodedHashes());
        assertEquals(1.0, p.resemblance(back));
        assertTrue(p.sameTitle(back));
        assertNull(PageSketch.decode("t", 3, false, "not hex digits!!"));
        assertNull(PageSketch.decode("t", 3, false, "00000000000000020000000000000001"), "not ascending");
        assertNull(PageSketch.decode("t", -1, false, ""));
    }

    @Test
    void theProbeIsARandomNameInTheTargetsDirectoryWithItsExtension() {
        HttpUrl probe = SiteAddresses.probe(HttpUrl.parse(SITE + "/posts/2024/id_abc.html?from=bank#top"));
        assertEquals(3, probe.pathSize());
        assertEquals("posts", probe.pathSegments().get(0));
        assertEquals("2024", probe.pathSegments().get(1));
        assertTrue(probe.pathSegments().get(2).matches("[a-z0-9]{24}\\.html"), probe.toString());
        assertNull(probe.query());
        assertFalse(probe.equals(SiteAddresses.probe(HttpUrl.parse(SITE + "/posts/2024/id_abc.html"))));
    }

    @Test
    void addressesAreReadAsASoft404WouldSendAReaderThere() {
        assertTrue(SiteAddresses.isRoot(HttpUrl.parse(SITE + "/")));
        assertTrue(SiteAddresses.isRoot(HttpUrl.parse(SITE + "/index.html")));
        assertFalse(SiteAddresses.isRoot(HttpUrl.parse(SITE + "/posts/")));
        assertEquals(Kind.ROOT, SiteAddresses.kind(SITE + "/", null));
        assertEquals(Kind.SEARCH, SiteAddresses.kind(SITE + "/search?q=old", null));
        assertEquals(Kind.SEARCH, SiteAddresses.kind(SITE + "/?s=old", null));
        assertEquals(Kind.LOGIN, SiteAddresses.kind(SITE + "/users/sign_in?next=/a", null));
        assertEquals(Kind.LOGIN, SiteAddresses.kind(SITE + "/accounts/login", null));
        assertEquals(Kind.CONSENT, SiteAddresses.kind("https://consent.example.com/m?continue=x", null));
        assertEquals(Kind.OTHER, SiteAddresses.kind(SITE + "/posts/authority-of-logs", null));
        assertTrue(SiteAddresses.sameAddress(SITE + "/search?q=a", "http://notes.example/search/?q=b"));
        assertFalse(SiteAddresses.sameAddress(SITE + "/search", SITE + "/searches"));
    }

    @Test
    void aJudgementNeedsAClearAnswerAndNeverCallsTheRootDead() {
        String probeUrl = SITE + "/posts/k3x9q2";
        HostAnswer home = new HostAnswer(probeUrl, 200, SITE + "/", "text/html", null);
        assertEquals(SoftNotFound.Reason.HOME,
                SoftNotFound.judge(home, SITE + "/posts/old", SITE + "/", "text/html", null).reason());
        assertEquals(SoftNotFound.Verdict.DIFFERENT,
                SoftNotFound.judge(home, SITE + "/posts/real", SITE + "/posts/real", "text/html", null).verdict());
        assertEquals(SoftNotFound.Verdict.NOT_JUDGED,
                SoftNotFound.judge(home, SITE + "/", SITE + "/", "text/html", null).verdict(), "the root");
        HostAnswer error = new HostAnswer(probeUrl, 404, probeUrl, "text/html", null);
        assertEquals(SoftNotFound.Verdict.NOT_JUDGED,
                SoftNotFound.judge(error, SITE + "/posts/old", SITE + "/posts/old", "text/html", null).verdict());
        PageSketch page = PageSketch.of(notFound("/posts/k3x9q2", "ad", "1"), probeUrl);
        HostAnswer inPlace = new HostAnswer(probeUrl, 200, probeUrl, "text/html", page);
        assertEquals(SoftNotFound.Verdict.NEEDS_PAGE,
                SoftNotFound.judge(inPlace, SITE + "/posts/old", SITE + "/posts/old", "text/html", null).verdict());
        assertEquals(SoftNotFound.Verdict.DIFFERENT,
                SoftNotFound.judge(inPlace, SITE + "/b.pdf", SITE + "/b.pdf", "application/pdf", null).verdict(),
                "another media type is another page, read or not");
        HostAnswer besideAuth = new HostAnswer(SITE + "/auth/k3x9q2", 200, SITE + "/auth/k3x9q2", "text/html", page);
        assertEquals(Kind.OTHER, besideAuth.kind(), "its own address is no login page");
        HostAnswer empty = new HostAnswer(probeUrl, 200, probeUrl, "text/html", PageSketch.of("<div id=app></div>"));
        assertEquals(SoftNotFound.Verdict.NOT_JUDGED, SoftNotFound.judge(empty, SITE + "/posts/old",
                SITE + "/posts/old", "text/html", PageSketch.of("<div id=app></div>")).verdict(),
                "a page without text says nothing: a single-page application's shell");
    }
}
