package io.github.qbank.core.parse;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
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
    public BasedSequence parseLinkDestination() {
        BasedSequence angled = match(ANGLE_DESTINATION);
        return angled != null ? angled : super.parseLinkDestination();
    }
}
