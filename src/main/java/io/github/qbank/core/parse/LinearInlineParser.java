package io.github.qbank.core.parse;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark's inline parser with its two regular-expression helpers made linear. flexmark calls
 * {@link Matcher#toMatchResult()} after every match, and on Java 17 that copies the whole
 * paragraph into a new string, one character at a time: a paragraph of 20,000 links took
 * quadratic time and gigabytes of garbage. Here the positions come from the matcher itself; what
 * is matched, and so the syntax tree, is exactly the same.
 */
final class LinearInlineParser extends InlineParserImpl {

    private static final InlineParserFactory FACTORY = LinearInlineParser::new;

    /**
     * Makes a parser use this inline parser. flexmark leaves out its reference definition
     * pre-processor ({@code [id]: url}) whenever the inline parser is not its own, so it is added
     * back here, as the option that enables it by default says.
     */
    static Parser.Builder install(Parser.Builder builder, DataHolder options) {
        builder.customInlineParserFactory(FACTORY);
        if (Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR.get(options)) {
            builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
        }
        return builder;
    }

    LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessorsData,
            List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessorsData,
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
}
