package io.github.qbank.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.LongAdder;

import org.junit.jupiter.api.Test;

import io.github.qbank.core.model.Reference;
import io.github.qbank.core.source.SourceText;

/**
 * Where the links of raw HTML are: each at its attribute's value, placed in time linear in the
 * HTML, even when the attribute is written with character references and its URL is therefore not
 * in the source as it reads (issue #28). Work is counted as characters read to place the links,
 * not timed.
 */
class HtmlScannerTest {

    private static HtmlScanner.Found scan(String html, LongAdder read) {
        SourceText source = new SourceText(html);
        return HtmlScanner.scan(html, 0, source::lineOf, source::columnOf, read);
    }

    /** One HTML block of {@code n} links, each on its own line, numbered with five digits. */
    private static String block(int n, String format) {
        StringBuilder sb = new StringBuilder("<div>\n");
        for (int i = 0; i < n; i++) {
            sb.append(format.replace("%d", String.format("%05d", i))).append('\n');
        }
        return sb.append("</div>\n").toString();
    }

    /**
     * Twice the links, at most about twice the characters read to place them, and never more than
     * the HTML holds; each link on its own line.
     */
    private static void linear(String format) {
        long[] read = new long[2];
        List<List<Reference>> found = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            String html = block(2_000 << k, format);
            LongAdder counter = new LongAdder();
            found.add(scan(html, counter).references());
            read[k] = counter.sum();
            assertTrue(read[k] <= html.length(), read[k] + " characters read in " + html.length());
        }
        assertTrue(read[1] <= 2.2 * read[0],
                "characters read for 2,000 links: " + read[0] + ", for 4,000: " + read[1]);
        List<Reference> refs = found.get(1);
        int perLine = refs.size() / 4_000;
        for (int i = 0; i < refs.size(); i++) {
            assertEquals(i / perLine + 2, refs.get(i).line(), "each link on its own line: " + refs.get(i));
            assertEquals(refs.get(i % perLine).column(), refs.get(i).column(), "at its attribute: " + refs.get(i));
        }
    }

    @Test
    void hrefsWrittenWithCharacterReferencesArePlacedInLinearTime() {
        linear("<a href=\"&#x63;hapter-%d.md\">chapter %d</a>");
    }

    @Test
    void imagesWrittenWithCharacterReferencesArePlacedInLinearTime() {
        linear("<img src=\"&#x63;hapter-%d.png\" srcset=\"&#x61;-%d.png 1x, b-%d.png 2x\">");
    }

    @Test
    void srcsetsArePlacedInLinearTime() {
        linear("<img src=\"c-%d.png\" srcset=\"a-%d.png 1x, b-%d.png 2x\">");
    }

    /** The URLs as they were split before candidates had places. */
    private static List<String> srcsetUrls(String srcset) {
        List<String> urls = new ArrayList<>();
        for (String candidate : srcset.split(",\\s*")) {
            String c = candidate.strip();
            if (!c.isEmpty()) {
                urls.add(c.split("\\s+", 2)[0]);
            }
        }
        return urls;
    }

    @Test
    void srcsetCandidatesAreTheURLsAtTheirPlaces() {
        Random random = new Random(28);
        List<String> pieces = List.of("a.png", "b", ",", ", ", " ", "  ", "1x", "\t", "\n", "\u3000", "\u00a0", "w");
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                sb.append(pieces.get(random.nextInt(pieces.size())));
            }
            String srcset = sb.toString();
            List<HtmlScanner.Candidate> candidates = HtmlScanner.srcsetCandidates(srcset);
            assertEquals(srcsetUrls(srcset), candidates.stream().map(HtmlScanner.Candidate::url).toList(), srcset);
            for (HtmlScanner.Candidate c : candidates) {
                assertTrue(srcset.startsWith(c.url(), c.at()), c + " in [" + srcset + "]");
            }
        }
    }

    @Test
    void linksAreAtTheirAttributeValues() {
        String html = "<p><a href=\"a.md\">A</a>\n<img src='b.png' srcset=\"c.png 1x, d.png 2x\">"
                + "<a href=\"e.md?x=1&amp;y=2\">E</a> <a href=f.md>a.md</a></p>";
        List<Reference> refs = scan(html, new LongAdder()).references();
        assertEquals(List.of("a.md", "b.png", "c.png", "d.png", "e.md?x=1&y=2", "f.md"),
                refs.stream().map(Reference::url).toList());
        String secondLine = html.substring(html.indexOf('\n') + 1);
        assertEquals(List.of(1, 2, 2, 2, 2, 2), refs.stream().map(Reference::line).toList());
        assertEquals(html.indexOf("a.md") + 1, refs.get(0).column());
        assertEquals(secondLine.indexOf("b.png") + 1, refs.get(1).column());
        assertEquals(secondLine.indexOf("c.png") + 1, refs.get(2).column());
        assertEquals(secondLine.indexOf("d.png") + 1, refs.get(3).column());
        assertEquals(secondLine.indexOf("e.md") + 1, refs.get(4).column());
        assertEquals(secondLine.indexOf("f.md") + 1, refs.get(5).column());
    }
}
