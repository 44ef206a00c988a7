package io.github.qbank.core.parse;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark's inline parser with link destinations read as CommonMark (and cmark-gfm) reads them.
 *
 * <p>A destination in angle brackets may hold spaces: {@code ![](<img/a b (1).png>)},
 * {@code [x](<docs/my file.md>)} and {@code [ref]: <docs/my file.md>} are links. flexmark accepts
 * spaces there only together with {@code Parser.SPACE_IN_LINK_URLS}, which also turns
 * {@code [x](my file.md)} into a link, which CommonMark does not. So only the bracketed form is read
 * here, and every other destination is left to flexmark.
 *
 * <p>Its two regular-expression helpers are linear: flexmark calls {@link Matcher#toMatchResult()}
 * after every match, and on Java 17 that copies the whole paragraph into a new string, so a
 * paragraph of 20,000 links took quadratic time and gigabytes of garbage. Here the positions come
 * from the matcher itself; what is matched, and so the syntax tree, is exactly the same.
 */
final class GitHubInlineParser extends InlineParserImpl {

    /** {@code <…>} on one line, without unescaped {@code <} or {@code >}. */
    private static final Pattern ANGLE_DESTINATION = Pattern.compile("^<(?:[^<>\\n\\\\]|\\\\.)*>");

    GitHubInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
            List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
                inlineParserExtensions);
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher m = find(re);
        return m == null ? null : input.subSequence(m.start(), m.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher m = find(re);
        if (m == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[m.groupCount() + 1];
        groups[0] = input.subSequence(m.start(), m.end());
        for (int i = 1; i < groups.length; i++) {
            groups[i] = m.start(i) < 0 ? null : input.subSequence(m.start(i), m.end(i));
        }
        return groups;
    }

    /** The next match from the current index, which then moves past it; {@code null} if none. */
    private Matcher find(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher m = re.matcher(input);
        m.region(index, input.length());
        if (!m.find()) {
            return null;
        }
        index = m.end();
        return m;
    }

    @Override
    public BasedSequence parseLinkDestination() {
        BasedSequence angled = match(ANGLE_DESTINATION);
        return angled != null ? angled : super.parseLinkDestination();
    }
}
