package io.github.qbank.core.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How a documentation site (docsify, VuePress) turns a link into a page, for links that do not
 * name a file as written: {@code [ch1](/ch1)} means {@code ch1.md} or {@code ch1/README.md} under
 * the site's root, {@code /guide/} means {@code guide/README.md}, {@code /guide/intro.html} means
 * {@code guide/intro.md}, docsify's {@code #/ch1} means {@code /ch1}. Remaps rewrite what no route
 * explains, as lychee's {@code --remap} does: {@code ^/api/(.*)$ -> /reference/$1.md}.
 *
 * <p>Only used when the written link misses: a link that works as written is never rewritten.
 *
 * @param siteRoot the folder a leading {@code /} refers to, absolute; {@code null} when the bank is
 *                 no site (then only the remaps apply)
 * @param remaps   rewrites, tried in order; the first whose pattern is found in the path applies
 */
public record SiteRoutes(Path siteRoot, List<Remap> remaps) {

    /** No site, no remaps: links mean what GitHub makes of them. */
    public static final SiteRoutes NONE = new SiteRoutes(null, List.of());

    /**
     * Makes {@code siteRoot} absolute and normalized, and the remaps an unmodifiable copy.
     * @param siteRoot the folder a leading {@code /} refers to; {@code null} when the bank is no site
     * @param remaps   rewrites, tried in order
     */
    public SiteRoutes {
        siteRoot = siteRoot == null ? null : siteRoot.toAbsolutePath().normalize();
        remaps = List.copyOf(remaps);
    }

    /**
     * A rewrite of a link's path (without {@code ?query} and {@code #fragment}): the first match of
     * the pattern is replaced ({@code $1} for groups), and the result is resolved like a link
     * written in the same file.
     */
    public record Remap(Pattern pattern, String replacement) {

        private static final String ARROW = "->";

        /**
         * Reads {@code regex -> replacement}.
         *
         * @param text the remap as configured
         * @return the remap
         * @throws IllegalArgumentException naming the remap that is not of that form or not a regular expression
         */
        public static Remap parse(String text) {
            int arrow = text.lastIndexOf(ARROW);
            if (arrow < 0) {
                throw new IllegalArgumentException("'" + text + "' is not 'regex -> replacement', e.g. '^/(.*)$ -> /docs/$1.md'");
            }
            String regex = text.substring(0, arrow).strip();
            String replacement = text.substring(arrow + ARROW.length()).strip();
            if (regex.isEmpty()) {
                throw new IllegalArgumentException("'" + text + "' has no regular expression before ->");
            }
            Pattern pattern;
            try {
                pattern = Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("'" + regex + "' is not a regular expression: " + e.getDescription());
            }
            String problem = replacementProblem(pattern, replacement);
            if (problem != null) {
                throw new IllegalArgumentException("'" + replacement + "' is not a valid replacement for '" + regex
                        + "': " + problem);
            }
            return new Remap(pattern, replacement);
        }

        /**
         * What {@link Matcher#replaceFirst(String)} would refuse in a replacement, checked before any
         * link is read: a group the pattern does not have, a lone {@code $} or a trailing {@code \}.
         */
        private static String replacementProblem(Pattern pattern, String replacement) {
            int groups = pattern.matcher("").groupCount();
            for (int i = 0; i < replacement.length(); i++) {
                char c = replacement.charAt(i);
                if (c == '\\') {
                    if (++i == replacement.length()) {
                        return "a \\ at the end escapes nothing";
                    }
                } else if (c == '$') {
                    if (i + 1 == replacement.length()) {
                        return "a $ at the end names no group";
                    }
                    char next = replacement.charAt(i + 1);
                    if (next == '{') {
                        int end = replacement.indexOf('}', i);
                        String name = end < 0 ? "" : replacement.substring(i + 2, end);
                        if (name.isEmpty() || !pattern.pattern().contains("(?<" + name + ">")) {
                            return "no group named '" + name + "'";
                        }
                        i = end;
                    } else if (next >= '0' && next <= '9') {
                        if (next - '0' > groups) {
                            return "no group " + next + " (the pattern has " + groups + ")";
                        }
                    } else {
                        return "$ must be followed by a group number or {name}; write \\$ for a $";
                    }
                }
            }
            return null;
        }

        /** The rewritten path, or {@code null} when the pattern is not found in it. */
        String apply(String path) {
            Matcher m = pattern.matcher(path);
            return m.find() ? m.replaceFirst(replacement) : null;
        }

        @Override
        public String toString() {
            return pattern.pattern() + " " + ARROW + " " + replacement;
        }
    }

    /** Whether anything here can explain a link that misses. */
    boolean active() {
        return siteRoot != null || !remaps.isEmpty();
    }

    /**
     * The paths to try, in order, for a decoded path that misses as written: itself (against the
     * site root), its pages, then the remapped path and its pages.
     */
    List<String> alternatives(String path) {
        List<String> written = new ArrayList<>();
        written.add(path);
        for (Remap r : remaps) {
            String rewritten = r.apply(path);
            if (rewritten != null) {
                written.add(rewritten);
                break;
            }
        }
        List<String> out = new ArrayList<>();
        for (String w : written) {
            out.add(w);
            if (siteRoot != null) {
                out.addAll(pages(w));
            }
        }
        return out;
    }

    /** The Markdown pages a site serves for a route: {@code a} → {@code a.md}, {@code a/README.md}, … */
    static List<String> pages(String route) {
        String name = route.substring(route.lastIndexOf('/') + 1);
        if (name.isEmpty()) {
            return List.of(route + "README.md", route + "index.md");
        }
        if (name.endsWith(".html")) {
            return List.of(route.substring(0, route.length() - ".html".length()) + ".md");
        }
        if (name.indexOf('.') < 0) {
            return List.of(route + ".md", route + "/README.md", route + "/index.md");
        }
        return List.of();
    }
}
