package io.github.qbank.core.links.soft;

/**
 * What a host answered for an address beside a target that cannot exist (the random-URL probe of
 * Bar-Yossef et al., "Sic transit gloria telae", WWW 2004): its "not found" answer.
 *
 * @param url       the address asked
 * @param status    the final status, after redirects
 * @param finalUrl  where the redirects led: {@code url} when there were none
 * @param mediaType the final answer's media type ({@code text/html}), or {@code null}
 * @param page      the sketch of the page answered, or {@code null} when it was not read (not 2xx, not text)
 */
public record HostAnswer(String url, int status, String finalUrl, String mediaType, PageSketch page) {

    /** {@return whether the host answered the address with 2xx: a page where none should be} */
    public boolean served() {
        return status >= 200 && status < 300;
    }

    /** {@return whether the address was redirected elsewhere} */
    public boolean redirected() {
        return !SiteAddresses.sameAddress(url, finalUrl);
    }

    /**
     * What the host sends an unknown address to: the site root, a search page, a login page… Its
     * own address says nothing (a probe beside {@code /auth/tokens.html} is no login page), so an
     * answer served in place is a login page only when it asks for a password.
     * @return the kind
     */
    public SiteAddresses.Kind kind() {
        if (!redirected()) {
            return page != null && page.passwordField() ? SiteAddresses.Kind.LOGIN : SiteAddresses.Kind.OTHER;
        }
        return SiteAddresses.kind(finalUrl, page);
    }
}
