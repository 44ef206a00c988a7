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
import com.vladsch.flexmark.util.sequence.BasedSequence;

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
                appendUnescaped(n.getChars(), out);
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
                appendUnescaped(n.getChars(), out);
            } else {
                pushChildren(n, todo);
            }
        }
        return out.toString().strip();
    }

    /** Backslash escapes and entities resolved; most text has neither, and is copied as it is. */
    private static void appendUnescaped(BasedSequence chars, StringBuilder out) {
        if (chars.indexOf('\\') < 0 && chars.indexOf('&') < 0) {
            out.append(chars);
        } else {
            out.append(chars.unescape());
        }
    }

    private static void pushChildren(Node parent, Deque<Node> todo) {
        for (Node c = parent.getLastChild(); c != null; c = c.getPrevious()) {
            todo.push(c);
        }
    }
}
