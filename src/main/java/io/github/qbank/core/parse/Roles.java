package io.github.qbank.core.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.github.qbank.core.model.OutlineNode;
import io.github.qbank.core.model.Role;

/**
 * Decides what each heading and item of a file is.
 *
 * <ul>
 *   <li>A file's first heading is its title when it is the only one at the top level, more
 *       headings follow, and it carries no chapter number ({@code # 三、…}, {@code # 第三章 …},
 *       {@code # Chapter 3 …} make a chapter file); chapters are then the headings at the next
 *       level used.
 *   <li>Deeper headings are sections, except a heading with nothing below it but prose (no
 *       sub-headings, no items, no link), which is a question ({@code ### Q1. What is…?}).
 *   <li>An item that is only a link is an answer link when its text matches the answer pattern,
 *       a section when it holds items, else a plain link entry. Elisions ({@code ...}) are marked.
 *       Every other item with text is a question. A paragraph that is only an answer link
 *       ({@code [点击查看答案](url)} without a list marker) is an answer link too.
 * </ul>
 */
final class Roles {

    private static final Pattern CHAPTER_NUMBER = Pattern.compile(
            "^(第[一二三四五六七八九十百零〇两\\d]+[章篇部节]|[一二三四五六七八九十百零〇两]+[、.．]|\\d+(\\.\\d+)*[、.．:：\\s]"
                    + "|(chapter|part)\\s+\\d+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ELISION = Pattern.compile("^(\\.{3,}|…+|。{3,})$");

    private Roles() {}

    static void assign(OutlineNode root, Pattern answerLink, boolean navigationFile,
            List<MarkdownParser.LineRange> tableOfContents) {
        List<OutlineNode> headings = new ArrayList<>();
        List<OutlineNode> items = new ArrayList<>();
        if (navigationFile) {
            for (OutlineNode n : root.inDocumentOrder()) {
                if (n.kind() == OutlineNode.Kind.ITEM) {
                    n.role(Role.NAVIGATION);
                }
            }
            return;
        }
        Set<OutlineNode> navigation = navigation(root, tableOfContents, answerLink);
        for (OutlineNode n : root.inDocumentOrder()) {
            if (navigation.contains(n)) {
                n.role(Role.NAVIGATION);
            } else if (n.kind() == OutlineNode.Kind.HEADING) {
                headings.add(n);
            } else if (n.kind() == OutlineNode.Kind.ITEM) {
                items.add(n);
            } else if (n.kind() == OutlineNode.Kind.PARAGRAPH && n.links().get(0).isAnswerLink(answerLink)) {
                n.role(Role.ANSWER_LINK);
            }
        }
        assignHeadings(headings);
        for (OutlineNode item : items) {
            item.role(itemRole(item, answerLink));
        }
    }

    /**
     * The items of tables of contents: lists whose every item, nested ones included, is only a link
     * to a {@code #fragment} of this file (and not an answer link: {@code - [答案](#answer)} points
     * into the page on purpose), and lists inside {@code <!-- TOC -->} markers.
     */
    private static Set<OutlineNode> navigation(OutlineNode root, List<MarkdownParser.LineRange> tableOfContents,
            Pattern answerLink) {
        Set<OutlineNode> out = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Integer, List<OutlineNode>> topLists = new LinkedHashMap<>();
        for (OutlineNode n : root.inDocumentOrder()) {
            if (n.kind() != OutlineNode.Kind.ITEM) {
                continue;
            }
            if (!tableOfContents.isEmpty() && tableOfContents.stream().anyMatch(r -> r.contains(n.line()))) {
                out.add(n);
            } else if (n.parent().kind() != OutlineNode.Kind.ITEM) {
                topLists.computeIfAbsent(n.list().listId(), k -> new ArrayList<>()).add(n);
            }
        }
        for (List<OutlineNode> list : topLists.values()) {
            if (!isFragmentLink(list.get(0))) {
                continue;
            }
            List<OutlineNode> all = new ArrayList<>();
            for (OutlineNode top : list) {
                all.addAll(top.inDocumentOrder());
            }
            if (all.stream().allMatch(i -> isFragmentLink(i) && !i.links().get(0).isAnswerLink(answerLink))) {
                out.addAll(all);
            }
        }
        return out;
    }

    /** An item that is only a link to a {@code #fragment} of its own file. */
    private static boolean isFragmentLink(OutlineNode item) {
        return item.kind() == OutlineNode.Kind.ITEM && item.isOnlyLink() && item.links().get(0).url().strip().startsWith("#");
    }

    private static void assignHeadings(List<OutlineNode> headings) {
        if (headings.isEmpty()) {
            return;
        }
        int top = headings.stream().mapToInt(OutlineNode::level).min().orElseThrow();
        long atTop = headings.stream().filter(h -> h.level() == top).count();
        OutlineNode first = headings.get(0);
        boolean titled = headings.size() > 1 && first.level() == top && atTop == 1
                && !CHAPTER_NUMBER.matcher(first.text()).find();
        int chapterLevel = titled
                ? headings.stream().skip(1).mapToInt(OutlineNode::level).min().orElseThrow()
                : top;
        for (OutlineNode h : headings) {
            if (titled && h == first) {
                h.role(Role.TITLE);
            } else if (h.level() <= chapterLevel) {
                h.role(Role.CHAPTER);
            } else if (h.children().stream().allMatch(c -> c.kind() == OutlineNode.Kind.PARAGRAPH) && h.links().isEmpty()) {
                h.role(Role.QUESTION);
            } else {
                h.role(Role.SECTION);
            }
        }
    }

    private static Role itemRole(OutlineNode item, Pattern answerLink) {
        String text = item.text().strip();
        if (text.isEmpty()) {
            return Role.OTHER;
        }
        char first = text.charAt(0);
        if ((first == '.' || first == '…' || first == '。') && ELISION.matcher(text).matches()) {
            return Role.ELISION;
        }
        if (item.isOnlyLink()) {
            if (item.links().get(0).isAnswerLink(answerLink)) {
                return Role.ANSWER_LINK;
            }
            return item.children().isEmpty() ? Role.LINK_ITEM : Role.SECTION;
        }
        return Role.QUESTION;
    }
}
