package io.github.qbank.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

import io.github.qbank.core.model.Reference;

/**
 * Finds links, images and anchors in raw HTML the way a browser would read it, sloppy markup
 * included ({@code alt="a"style="b"}), by parsing it with jsoup.
 *
 * <p>A link is placed where its attribute's value starts (jsoup tracks where each attribute is), a
 * {@code srcset} candidate where it starts in the value. A value written with character
 * references ({@code href="&#x63;hapter.md"}, {@code a?x=1&amp;y=2}) is not in the source as its
 * URL reads: its links are placed at the start of the value. Nothing is searched for, so thousands
 * of such links in one HTML block are placed in time linear in the block (issue #28: each URL used
 * to be searched for from the end of the previous one, and one that was not found, to the end of
 * the block).
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
        return scan(html, offset, lineOf, columnOf, null);
    }

    /**
     * As {@link #scan(String, int, IntUnaryOperator, IntUnaryOperator)}, counting the characters of
     * the HTML read to place the links.
     * @param read counts the characters read, or {@code null}
     */
    static Found scan(String html, int offset, IntUnaryOperator lineOf, IntUnaryOperator columnOf, LongAdder read) {
        List<Reference> refs = new ArrayList<>();
        List<String> anchors = new ArrayList<>();
        if (html.indexOf('<') < 0) {
            return new Found(refs, anchors);
        }
        Document doc = bodyFragment(html);
        Places places = new Places(html, read);
        for (Element e : doc.body().getAllElements()) {
            String tag = e.normalName();
            if (e.hasAttr("id")) {
                anchors.add(e.attr("id"));
            }
            if (tag.equals("a") && e.hasAttr("name")) {
                anchors.add(e.attr("name"));
            }
            if (tag.equals("a") && e.hasAttr("href")) {
                String url = e.attr("href");
                refs.add(reference(Reference.Kind.HTML_LINK, url, e.text(), offset + places.of(e.attribute("href"), 0, url),
                        lineOf, columnOf));
            }
            if (tag.equals("img") && e.hasAttr("src")) {
                String url = e.attr("src");
                refs.add(reference(Reference.Kind.HTML_IMAGE, url, e.attr("alt"), offset + places.of(e.attribute("src"), 0, url),
                        lineOf, columnOf));
            }
            if ((tag.equals("img") || tag.equals("source")) && e.hasAttr("srcset")) {
                Attribute srcset = e.attribute("srcset");
                boolean asWritten = places.asWritten(srcset);
                for (Candidate candidate : srcsetCandidates(srcset.getValue())) {
                    refs.add(reference(Reference.Kind.HTML_IMAGE, candidate.url(), e.attr("alt"),
                            offset + places.of(srcset, asWritten ? candidate.at() : 0, candidate.url()), lineOf, columnOf));
                }
            }
        }
        return new Found(refs, anchors);
    }

    /**
     * {@link Jsoup#parseBodyFragment(String)}, with the place of every tag and attribute in the
     * source tracked.
     */
    private static Document bodyFragment(String html) {
        Document doc = Document.createShell("");
        Element body = doc.body();
        body.appendChildren(Parser.htmlParser().setTrackPosition(true).parseFragmentInput(html, body, ""));
        return doc;
    }

    /** The text a browser shows for a fragment of HTML: tags dropped, entities decoded, spaces collapsed. */
    static String text(String html) {
        return html.indexOf('<') < 0 && html.indexOf('&') < 0 ? html.strip() : Jsoup.parseBodyFragment(html).text();
    }

    /**
     * One URL of a {@code srcset}.
     * @param url the URL
     * @param at  where it starts in the value
     */
    record Candidate(String url, int at) {}

    private static final Pattern SRCSET_COMMA = Pattern.compile(",\\s*");

    /**
     * The URLs of a {@code srcset}: comma-separated candidates, each a URL and an optional
     * descriptor; where each starts in it.
     */
    static List<Candidate> srcsetCandidates(String srcset) {
        List<Candidate> out = new ArrayList<>();
        Matcher comma = SRCSET_COMMA.matcher(srcset);
        int start = 0;
        while (start <= srcset.length()) {
            int end = comma.find(start) ? comma.start() : srcset.length();
            String piece = srcset.substring(start, end);
            String c = piece.strip();
            if (!c.isEmpty()) {
                out.add(new Candidate(c.split("\\s+", 2)[0], start + piece.length() - piece.stripLeading().length()));
            }
            start = end == srcset.length() ? end + 1 : comma.end();
        }
        return out;
    }

    private static Reference reference(Reference.Kind kind, String url, String text, int fileOffset,
            IntUnaryOperator lineOf, IntUnaryOperator columnOf) {
        return new Reference(kind, url, text, lineOf.applyAsInt(fileOffset), columnOf.applyAsInt(fileOffset));
    }

    /** Where the URLs of one piece of HTML are. */
    private static final class Places {
        private final String html;
        private final LongAdder read;
        /** Where the URL placed last ends. */
        private int previousEnd;

        Places(String html, LongAdder read) {
            this.html = html;
            this.read = read;
        }

        /**
         * Where the attribute's value starts, plus {@code at}. An attribute of an element that the
         * parser made (a copy of a misnested {@code <a>}) is in no place of the source: its URL is
         * placed where the previous one ends.
         */
        int of(Attribute attribute, int at, String url) {
            Range value = attribute.sourceRange().valueRange();
            if (!value.isTracked()) {
                return previousEnd;
            }
            int place = Math.max(0, Math.min(value.startPos() + at, html.length()));
            previousEnd = Math.min(place + url.length(), html.length());
            return place;
        }

        /** Whether the attribute's value is in the source as it reads, without character references. */
        boolean asWritten(Attribute attribute) {
            Range value = attribute.sourceRange().valueRange();
            int length = attribute.getValue().length();
            if (!value.isTracked() || value.endPos() - value.startPos() != length) {
                return false;
            }
            if (read != null) {
                read.add(length);
            }
            return html.regionMatches(value.startPos(), attribute.getValue(), 0, length);
        }
    }
}
