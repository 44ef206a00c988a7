package io.github.qbank.core.parse;

import java.util.ArrayDeque;
import java.util.Deque;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.util.ast.Node;

/** The text a reader sees in inline content: markup, raw HTML and image alt texts left out. */
final class InlineText {

    private InlineText() {}

    static String of(Node parent) {
        StringBuilder out = new StringBuilder();
        Deque<Node> todo = new ArrayDeque<>();
        pushChildren(parent, todo);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (n instanceof Text || n instanceof HtmlEntity) {
                out.append(n.getChars().unescape());
            } else if (n instanceof Code code) {
                out.append(code.getText());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                out.append(' ');
            } else if (n instanceof AutoLink link) {
                out.append(link.getText());
            } else if (n instanceof MailLink link) {
                out.append(link.getText());
            } else if (n instanceof HtmlInlineBase || n instanceof Image || n instanceof ImageRef) {
                continue;
            } else if (n instanceof TextBase && !n.hasChildren()) {
                out.append(n.getChars().unescape());
            } else {
                pushChildren(n, todo);
            }
        }
        return out.toString().strip();
    }

    private static void pushChildren(Node parent, Deque<Node> todo) {
        for (Node c = parent.getLastChild(); c != null; c = c.getPrevious()) {
            todo.push(c);
        }
    }
}
