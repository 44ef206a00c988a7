package io.github.qbank.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import io.github.qbank.core.model.Reference;

/**
 * Finds links, images and anchors in raw HTML the way a browser would read it, sloppy markup
 * included ({@code alt="a"style="b"}), by parsing it with jsoup.
 */
final class HtmlScanner {

    /** What one piece of HTML holds. */
    record Found(List<Reference> references, List<String> anchors) {}

    private HtmlScanner() {}

    /**
     * @param html     the raw HTML
     * @param offset   where it starts in the file
     * @param lineOf   file offset to line
     * @param columnOf file offset to column
     */
    static Found scan(String html, int offset, IntUnaryOperator lineOf, IntUnaryOperator columnOf) {
        List<Reference> refs = new ArrayList<>();
        List<String> anchors = new ArrayList<>();
        if (html.indexOf('<') < 0) {
            return new Found(refs, anchors);
        }
        Document doc = Jsoup.parseBodyFragment(html);
        int[] searchFrom = {0};
        for (Element e : doc.body().getAllElements()) {
            String tag = e.normalName();
            if (e.hasAttr("id")) {
                anchors.add(e.attr("id"));
            }
            if (tag.equals("a") && e.hasAttr("name")) {
                anchors.add(e.attr("name"));
            }
            if (tag.equals("a") && e.hasAttr("href")) {
                refs.add(reference(Reference.Kind.HTML_LINK, e.attr("href"), e.text(), html, searchFrom, offset,
                        lineOf, columnOf));
            }
            if (tag.equals("img") && e.hasAttr("src")) {
                refs.add(reference(Reference.Kind.HTML_IMAGE, e.attr("src"), e.attr("alt"), html, searchFrom, offset,
                        lineOf, columnOf));
            }
            if ((tag.equals("img") || tag.equals("source")) && e.hasAttr("srcset")) {
                for (String candidate : srcsetUrls(e.attr("srcset"))) {
                    refs.add(reference(Reference.Kind.HTML_IMAGE, candidate, e.attr("alt"), html, searchFrom, offset,
                            lineOf, columnOf));
                }
            }
        }
        return new Found(refs, anchors);
    }

    /** The text a browser shows for a fragment of HTML: tags dropped, entities decoded, spaces collapsed. */
    static String text(String html) {
        return html.indexOf('<') < 0 && html.indexOf('&') < 0 ? html.strip() : Jsoup.parseBodyFragment(html).text();
    }

    /** The URLs of a {@code srcset}: comma-separated candidates, each a URL and an optional descriptor. */
    static List<String> srcsetUrls(String srcset) {
        List<String> urls = new ArrayList<>();
        for (String candidate : srcset.split(",\\s*")) {
            String c = candidate.strip();
            if (!c.isEmpty()) {
                urls.add(c.split("\\s+", 2)[0]);
            }
        }
        return urls;
    }

    private static Reference reference(Reference.Kind kind, String url, String text, String html, int[] searchFrom,
            int offset, IntUnaryOperator lineOf, IntUnaryOperator columnOf) {
        int at = url.isEmpty() ? -1 : html.indexOf(url, searchFrom[0]);
        if (at < 0) {
            at = Math.max(0, Math.min(searchFrom[0], html.length()));
        } else {
            searchFrom[0] = at + url.length();
        }
        int fileOffset = offset + at;
        return new Reference(kind, url, text, lineOf.applyAsInt(fileOffset), columnOf.applyAsInt(fileOffset));
    }
}
