package io.github.qbank.core.model;

import java.util.regex.Pattern;

/**
 * One place where the bank points somewhere: a link or an image, written in Markdown or in HTML.
 *
 * @param kind   how it was written
 * @param url    the destination as the reader's browser gets it (escapes and entities resolved)
 * @param text   the link text or the image's alt text
 * @param line   1-based line of the destination in the source
 * @param column 1-based column of the destination in the source
 */
public record Reference(Kind kind, String url, String text, int line, int column) {

    /** How the link is written. */
    public enum Kind {
        /** {@code [text](url)}, {@code [text][ref]}. */
        LINK,
        /** {@code <https://…>} and bare URLs that GitHub turns into links. */
        AUTOLINK,
        /** {@code ![alt](src)}, {@code ![alt][ref]}. */
        IMAGE,
        /** {@code <a href>} in raw HTML. */
        HTML_LINK,
        /** {@code <img src>}, {@code srcset}, {@code <source srcset>} in raw HTML. */
        HTML_IMAGE
    }

    /**
     * Whether the link's text is a web address and nothing else ({@code [www.cyc2018.xyz](http://www.cyc2018.xyz)}):
     * a link to a site, not to an answer, even when a heading carries it.
     * @return {@code true} for a link that shows its own address
     */
    public boolean showsOnlyAnAddress() {
        return !text.isBlank() && URL_IN_TEXT.matcher(text.strip()).matches();
    }

    private static final Pattern URL_IN_TEXT = Pattern.compile("(?i)(?:https?://|www\\.)\\S*");

    /**
     * Whether the link's text, its URLs set aside, names an answer ({@code 点击查看答案}, {@code Answer}):
     * {@code [https://…/kamacoder-solutions](…)} is a link to a page, not an answer link, and a
     * question that mentions the answer ({@code [如何做到点击图片查看答案？](…)}) is a question. An
     * autolink is never an answer link.
     * @param answerLinkPattern the link texts of answer links
     * @return {@code true} for an answer link
     */
    public boolean isAnswerLink(Pattern answerLinkPattern) {
        if (kind == Kind.AUTOLINK || isImage()) {
            return false;
        }
        String words = text.indexOf("://") < 0 && !text.regionMatches(true, 0, "www.", 0, 4) && text.indexOf(" www.") < 0
                ? text : URL_IN_TEXT.matcher(text).replaceAll(" ");
        // a question that mentions the answer (…查看答案？) is a question, not a link to its answer
        String stripped = words.strip();
        return !stripped.endsWith("?") && !stripped.endsWith("？") && answerLinkPattern.matcher(words).find();
    }

    /** {@return whether the reference is an image, Markdown or HTML} */
    public boolean isImage() {
        return kind == Kind.IMAGE || kind == Kind.HTML_IMAGE;
    }

    /**
     * Whether the destination is an http or https URL.
     * @return {@code true} for a web URL
     */
    public boolean isWeb() {
        String u = url.trim();
        return u.regionMatches(true, 0, "http://", 0, 7) || u.regionMatches(true, 0, "https://", 0, 8);
    }
}
