package io.github.qbank.core.model;

/** What a heading or list item is in the bank. */
public enum Role {
    /** The one top heading that names the whole file. */
    TITLE,
    /** A heading at chapter level, the level that groups sections ({@code ## 一、…}). */
    CHAPTER,
    /** A heading below chapter level, or a list item that is only a link and holds questions. */
    SECTION,
    /** A numbered heading or list item that asks one question. */
    QUESTION,
    /** A list item that is only an answer link ({@code - [点击查看答案](url)}). */
    ANSWER_LINK,
    /** A list item that is only a link and holds nothing (a table-of-contents entry). */
    LINK_ITEM,
    /**
     * An entry of a table of contents or of site navigation: a list of links to {@code #fragments}
     * of the same file, a list between {@code <!-- TOC -->} and {@code <!-- /TOC -->}, or any item
     * of {@code _sidebar.md}, {@code _navbar.md} or {@code SUMMARY.md}. Its links are checked; it
     * is no section and no question.
     */
    NAVIGATION,
    /** {@code ...}, {@code …}: questions left out on purpose. */
    ELISION,
    /** Anything else: empty items, the document itself. */
    OTHER
}
