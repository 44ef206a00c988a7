package io.github.qbank.core.links.soft;

import okhttp3.HttpUrl;

import io.github.qbank.core.Message;
import io.github.qbank.core.links.soft.SiteAddresses.Kind;

/**
 * Soft 404s: a page that answers 2xx but is what its site shows for an address that does not exist.
 * A target's answer is compared with its host's answer to a random address beside it
 * ({@link HostAnswer}):
 *
 * <ul>
 *   <li>the host answers unknown addresses with a 4xx (or not at all): nothing to judge;
 *   <li>it redirects them: a target redirected to the same address (its query aside) is dead,
 *       "redirected to the site's home page", "redirected to a search page", or "the site shows its
 *       'page not found' page"; a login or consent page makes the target unverifiable instead;
 *   <li>it serves a page at the unknown address itself: the target's page is read (once, up to a
 *       byte limit) and compared with it, title and text ({@link PageSketch}); the same title and
 *       text that resembles it at least {@value #SAME} is dead, text below {@value #DIFFERENT_BELOW}
 *       (or below {@value #SAME_WITHOUT_TITLE} under another title) is alive, and anything between
 *       is not clear: alive, and counted.
 * </ul>
 *
 * Never dead by these rules: the site root ({@code /}, {@code /index.html}), a target that is
 * itself the address the host sends unknown ones to, a host whose "not found" page has fewer than
 * {@value #MIN_WORDS} words, a target whose media type differs from that page's.
 */
public final class SoftNotFound {

    /** Resemblance from which a page under the same title is the "not found" page. */
    static final double SAME = 0.6;
    /** Resemblance below which a page is another page. */
    static final double DIFFERENT_BELOW = 0.3;
    /** Under another title, a page is another page below this resemblance. */
    static final double SAME_WITHOUT_TITLE = 0.8;
    /** A "not found" page with fewer words than this says too little to compare pages with. */
    static final int MIN_WORDS = 3;

    private SoftNotFound() {}

    /** Why a page that answered 2xx is not the page the link meant. */
    public enum Reason {
        /** The site's "not found" page, whatever it says. */
        NOT_FOUND_PAGE(Message.of("link.soft-not-found")),
        /** A redirect to the home page. */
        HOME(Message.of("link.soft-home")),
        /** A redirect to a search page. */
        SEARCH(Message.of("link.soft-search")),
        /** A login wall: the link cannot be judged. */
        LOGIN(Message.of("link.soft-login")),
        /** A consent wall: the link cannot be judged. */
        CONSENT(Message.of("link.soft-consent"));

        private final Message message;

        Reason(Message message) {
            this.message = message;
        }

        /** {@return what it says, in words} */
        public Message message() {
            return message;
        }

        /** {@return whether the link cannot be judged (a wall), rather than dead} */
        public boolean wall() {
            return this == LOGIN || this == CONSENT;
        }
    }

    /** How a target's answer compares with its host's "not found" answer. */
    public enum Verdict {
        /** Nothing to compare: the host answers unknown addresses with an error, or the target is exempt. */
        NOT_JUDGED,
        /** The target's page must be read to decide. */
        NEEDS_PAGE,
        /** Another answer than the host's "not found": the page is there. */
        DIFFERENT,
        /** Neither clearly the same nor clearly different: left alive, and counted. */
        UNCLEAR,
        /** The host's "not found" answer. */
        SAME
    }

    /**
     * A judgement, and why for {@link Verdict#SAME}.
     * @param verdict how the answers compare
     * @param reason  why the target is not the page meant, for {@link Verdict#SAME}; else {@code null}
     */
    public record Judgement(Verdict verdict, Reason reason) {
        static Judgement of(Verdict v) {
            return new Judgement(v, null);
        }
    }

    /**
     * Whether the 2xx answers of a host are compared page by page: it serves a page of some text at
     * an address that cannot exist, without a redirect.
     * @param probe the host's answer to such an address, or {@code null}
     * @return {@code true} when a target's page is read to judge it
     */
    public static boolean readsPages(HostAnswer probe) {
        return probe != null && probe.served() && !probe.redirected() && probe.page() != null
                && probe.page().words() >= MIN_WORDS;
    }

    /**
     * Judges a target that answered 2xx against its host's "not found" answer.
     * @param probe     the host's answer to an address that cannot exist, or {@code null}
     * @param target    the target as requested
     * @param finalUrl  where its redirects led
     * @param mediaType its media type, or {@code null}
     * @param page      its page, or {@code null} when not read
     * @return the judgement; {@link Verdict#NEEDS_PAGE} when the page must be read first
     */
    public static Judgement judge(HostAnswer probe, String target, String finalUrl, String mediaType,
            PageSketch page) {
        HttpUrl t = HttpUrl.parse(target);
        if (probe == null || !probe.served() || t == null || SiteAddresses.isRoot(t)
                || SiteAddresses.sameAddress(target, probe.finalUrl())) {
            return Judgement.of(Verdict.NOT_JUDGED);
        }
        Kind kind = probe.kind();
        if (probe.redirected()) {
            if (SiteAddresses.sameAddress(finalUrl, probe.finalUrl())) {
                return new Judgement(Verdict.SAME, switch (kind) {
                    case ROOT -> Reason.HOME;
                    case SEARCH -> Reason.SEARCH;
                    case LOGIN -> Reason.LOGIN;
                    case CONSENT -> Reason.CONSENT;
                    case OTHER -> Reason.NOT_FOUND_PAGE;
                });
            }
            // a wall that sends each address to a login address of its own
            if ((kind == Kind.LOGIN || kind == Kind.CONSENT) && SiteAddresses.kind(finalUrl, null) == kind) {
                return new Judgement(Verdict.SAME, kind == Kind.LOGIN ? Reason.LOGIN : Reason.CONSENT);
            }
            return Judgement.of(Verdict.DIFFERENT);
        }
        if (mediaType != null && probe.mediaType() != null && !mediaType.equals(probe.mediaType())) {
            return Judgement.of(Verdict.DIFFERENT);
        }
        PageSketch notFound = probe.page();
        if (notFound == null || notFound.words() < MIN_WORDS) {
            return Judgement.of(Verdict.NOT_JUDGED);
        }
        if (page == null) {
            return Judgement.of(Verdict.NEEDS_PAGE);
        }
        double resemblance = notFound.resemblance(page);
        boolean sameTitle = notFound.sameTitle(page);
        if (sameTitle && resemblance >= SAME) {
            return new Judgement(Verdict.SAME, kind == Kind.LOGIN ? Reason.LOGIN
                    : kind == Kind.CONSENT ? Reason.CONSENT : Reason.NOT_FOUND_PAGE);
        }
        if (resemblance < DIFFERENT_BELOW || (!sameTitle && resemblance < SAME_WITHOUT_TITLE)) {
            return Judgement.of(Verdict.DIFFERENT);
        }
        return Judgement.of(Verdict.UNCLEAR);
    }
}
