package io.github.qbank.core.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import io.github.qbank.core.source.SourceText;

/**
 * One Markdown file of the bank after parsing.
 *
 * <p>The files of a check's result are kept cut down once the rules that judge a file alone ran:
 * the outline holds only chapters, sections and the nodes above them
 * ({@link SectionOutline}), and {@code headings} and {@code foldedLists} are empty.
 *
 * @param relativePath path relative to the project base directory, with {@code /} separators
 * @param path         absolute path
 * @param source       the decoded text, or {@code null} when the file could not be read
 * @param outline      the outline: headings and list items as a tree under the document node
 * @param headings     all headings in order
 * @param references   every link and image, in order
 * @param anchors      every fragment a link may point to: heading ids and HTML {@code id}/{@code name}
 * @param suppressions the inline qbank comments
 * @param foldedLists  list-item lines that render as paragraph text
 * @param problems     what was wrong with the bytes or the structure, for the input rules
 */
public record BankFile(
        String relativePath,
        Path path,
        SourceText source,
        OutlineNode outline,
        List<Heading> headings,
        List<Reference> references,
        Set<String> anchors,
        Suppressions suppressions,
        List<FoldedList> foldedLists,
        List<InputProblem> problems) {

    /**
     * Files are equal only to themselves: a file is a place in one bank, and comparing two files
     * component by component would walk their whole outlines.
     */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /**
     * A file that could not be read or parsed at all.
     * @param relativePath its path as reports write it
     * @param path its path on disk
     * @param problem why it could not be read
     * @return a file that holds nothing and carries its problem
     */
    public static BankFile unreadable(String relativePath, Path path, InputProblem problem) {
        return new BankFile(relativePath, path, null, OutlineNode.document(), List.of(), List.of(), Set.of(),
                new Suppressions(), List.of(), List.of(problem));
    }

    /**
     * Whether the file is site navigation ({@code _sidebar.md}, {@code _navbar.md} of docsify,
     * {@code SUMMARY.md} of GitBook and mdBook): its links are checked, but it holds no sections
     * or questions.
     * @return {@code true} for a navigation file
     */
    public boolean navigation() {
        return isNavigation(relativePath);
    }

    /**
     * Whether a path names a site navigation file, as {@link #navigation()} defines it.
     * @param relativePath the path
     * @return {@code true} for a navigation file
     */
    public static boolean isNavigation(String relativePath) {
        String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        return name.equals("_sidebar.md") || name.equals("_navbar.md") || name.equals("SUMMARY.md");
    }

    /** {@return whether the file could be read and parsed} */
    public boolean readable() {
        return source != null;
    }
}
