package io.github.qbank.core.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule pages of {@code docs/rules/}, which the build copies into the jar: one source for the
 * page on GitHub and for the help that SARIF carries to code scanning. Relative links become
 * absolute, since code scanning shows the help away from the repository: {@code (numbering.md)}
 * becomes {@code (https://github.com/…/docs/rules/numbering.md)}.
 */
final class RulePages {

    /** Where the build puts the pages on the class path: {@code <folder><id>.md}. */
    static final String RESOURCE_FOLDER = "/io/github/qbank/core/rules/pages/";

    /** A Markdown link's target that is not absolute: no scheme, not only a fragment. */
    private static final Pattern RELATIVE_LINK = Pattern.compile("\\]\\((?![a-zA-Z][a-zA-Z0-9+.-]*:|#)([^)\\s]+)\\)");

    private RulePages() {}

    /** The page of a rule, its links absolute; {@code null} when the rule has none. */
    static String markdown(String id, String pageUri) {
        String page = read(id);
        return page == null ? null : absoluteLinks(page, URI.create(pageUri));
    }

    static String read(String id) {
        try (InputStream in = RulePages.class.getResourceAsStream(RESOURCE_FOLDER + id + ".md")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the page of rule " + id, e);
        }
    }

    /** Rewrites the relative links of the page's text; code blocks and code spans are examples and stay as written. */
    static String absoluteLinks(String markdown, URI page) {
        StringBuilder out = new StringBuilder();
        boolean inFence = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.stripLeading().startsWith("```")) {
                inFence = !inFence;
            } else if (!inFence) {
                String[] spans = line.split("`", -1);
                for (int i = 0; i < spans.length; i += 2) {
                    spans[i] = absoluteLinksInText(spans[i], page);
                }
                line = String.join("`", spans);
            }
            out.append(line).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    private static String absoluteLinksInText(String text, URI page) {
        Matcher m = RELATIVE_LINK.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("](" + page.resolve(m.group(1)) + ")"));
        }
        return m.appendTail(out).toString();
    }
}
