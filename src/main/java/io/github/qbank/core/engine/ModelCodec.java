package io.github.qbank.core.engine;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.qbank.core.Message;
import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.model.FoldedList;
import io.github.qbank.core.model.Heading;
import io.github.qbank.core.model.InputProblem;
import io.github.qbank.core.model.OutlineNode;
import io.github.qbank.core.model.OutlineTexts;
import io.github.qbank.core.model.Reference;
import io.github.qbank.core.model.Role;
import io.github.qbank.core.model.Suppressions;
import io.github.qbank.core.source.SourceText;

/**
 * A file's model as bytes and back: everything of a {@link BankFile} but its paths and its text.
 * Numbers are variable-length, strings go through a table (a link text such as {@code 点击查看答案}
 * is stored, and read back, once per file), and the outline is a list in document order with each
 * node's parent, so that nesting thousands deep needs no recursion. A node's links are a run of
 * the file's references, stored as the run's bounds: read back, they are the same objects, as
 * rules that look results up by reference expect.
 */
final class ModelCodec {

    private ModelCodec() {}

    /** Thrown when a file's model cannot be stored; the file is then simply not cached. */
    static final class NotStorable extends Exception {
        NotStorable(String message) {
            super(message, null, false, false);
        }
    }

    static byte[] encode(BankFile file) throws NotStorable {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        try (Writer w = new Writer(new DataOutputStream(bytes))) {
            w.file(file);
        } catch (IOException e) {
            // memory does not fail: a value the stored form cannot hold (a negative number)
            throw new NotStorable(e.getMessage());
        }
        return bytes.toByteArray();
    }

    /**
     * @throws IOException when the bytes are not a model this codec wrote: too short, out of
     *                     range, or naming values that do not exist
     */
    static BankFile decode(Input in, String relativePath, Path path, SourceText source) throws IOException {
        return new Reader(in).file(relativePath, path, source);
    }

    /** Reports by rule key ({@link Judgement#findings}), as bytes. */
    static byte[] writeFindings(Map<String, List<RawFinding>> findings) throws NotStorable {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try (Writer w = new Writer(new DataOutputStream(bytes))) {
            w.number(findings.size());
            for (Map.Entry<String, List<RawFinding>> e : findings.entrySet()) {
                w.string(e.getKey());
                w.number(e.getValue().size());
                for (RawFinding r : e.getValue()) {
                    w.number(Math.max(0, r.line()));
                    w.number(Math.max(0, r.column()));
                    w.message(r.message());
                    w.nullable(r.expected());
                    w.nullable(r.actual());
                }
            }
        } catch (IOException e) {
            throw new NotStorable(e.getMessage());
        }
        return bytes.toByteArray();
    }

    static Map<String, List<RawFinding>> readFindings(Input in) throws IOException {
        Reader r = new Reader(in);
        int rules = r.number();
        Map<String, List<RawFinding>> out = new HashMap<>();
        for (int i = 0; i < rules; i++) {
            String key = r.string();
            int count = r.number();
            List<RawFinding> reports = new ArrayList<>(Math.min(count, 1024));
            for (int j = 0; j < count; j++) {
                reports.add(new RawFinding(r.number(), r.number(), r.message(), r.nullable(), r.nullable()));
            }
            out.put(key, List.copyOf(reports));
        }
        return out;
    }

    /** What a check keeps of a judged file ({@link ModelCache#judgement}): the reports, then the cut-down file if any. */
    static byte[] writeJudgement(Judgement judgement) throws NotStorable {
        byte[] findings = writeFindings(judgement.findings());
        byte[] cutDown = judgement.cutDown();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(findings.length + 5 + (cutDown == null ? 0 : cutDown.length));
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(findings);
            out.writeBoolean(cutDown != null);
            if (cutDown != null) {
                out.writeInt(cutDown.length);
                out.write(cutDown);
            }
        } catch (IOException e) {
            throw new NotStorable(e.getMessage());
        }
        return bytes.toByteArray();
    }

    static Judgement readJudgement(Input in) throws IOException {
        Map<String, List<RawFinding>> findings = readFindings(in);
        byte[] cutDown = in.readBoolean() ? in.readBytes(in.readInt()) : null;
        if (in.available() != 0) {
            throw new IOException("bytes after the findings");
        }
        return new Judgement(findings, cutDown);
    }

    /**
     * Writes a number of the stored form: seven bits a byte, lowest first.
     * @throws IOException for a negative number, which the stored form cannot hold
     */
    static void writeNumber(DataOutputStream out, int value) throws IOException {
        if (value < 0) {
            throw new IOException("negative number " + value);
        }
        int v = value;
        while ((v & ~0x7f) != 0) {
            out.writeByte((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    /** Bytes read from the front, with the primitives of the stored form. */
    static final class Input {
        private final byte[] bytes;
        private int position;
        private final int end;

        Input(byte[] bytes, int from, int end) {
            this.bytes = bytes;
            this.position = from;
            this.end = end;
        }

        int available() {
            return end - position;
        }

        int readUnsignedByte() throws IOException {
            if (position >= end) {
                throw new IOException("the entry ends too soon");
            }
            return bytes[position++] & 0xff;
        }

        byte readByte() throws IOException {
            return (byte) readUnsignedByte();
        }

        boolean readBoolean() throws IOException {
            return readUnsignedByte() != 0;
        }

        char readChar() throws IOException {
            return (char) ((readUnsignedByte() << 8) | readUnsignedByte());
        }

        int readInt() throws IOException {
            return (readUnsignedByte() << 24) | (readUnsignedByte() << 16) | (readUnsignedByte() << 8) | readUnsignedByte();
        }

        String readString(int length) throws IOException {
            if (length < 0 || length > end - position) {
                throw new IOException("a string longer than what is left");
            }
            String s = new String(bytes, position, length, StandardCharsets.UTF_8);
            position += length;
            return s;
        }

        /** A number as {@link #writeNumber} wrote it. */
        int readNumber() throws IOException {
            int value = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                int b = readUnsignedByte();
                value |= (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    if (value < 0) {
                        throw new IOException("number out of range");
                    }
                    return value;
                }
            }
            throw new IOException("number too long");
        }

        byte[] readBytes(int length) throws IOException {
            if (length < 0 || length > end - position) {
                throw new IOException("the entry ends too soon");
            }
            byte[] out = Arrays.copyOfRange(bytes, position, position + length);
            position += length;
            return out;
        }
    }

    private static final class Writer implements AutoCloseable {
        private final DataOutputStream out;
        private final Map<String, Integer> strings = new HashMap<>();

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void file(BankFile f) throws IOException, NotStorable {
            number(f.problems().size());
            for (InputProblem p : f.problems()) {
                out.writeBoolean(p.fatal());
                message(p.message());
                number(p.line());
                number(p.column());
            }
            Map<Reference, Integer> index = new IdentityHashMap<>();
            number(f.references().size());
            for (Reference r : f.references()) {
                index.put(r, index.size());
                out.writeByte(r.kind().ordinal());
                string(r.url());
                string(r.text());
                number(r.line());
                number(r.column());
            }
            number(f.headings().size());
            for (Heading h : f.headings()) {
                number(h.level());
                string(h.text());
                string(h.anchor());
                number(h.line());
                number(h.column());
            }
            number(f.anchors().size());
            for (String a : f.anchors()) {
                string(a);
            }
            List<Suppressions.Recorded> comments = f.suppressions().recorded();
            number(comments.size());
            for (Suppressions.Recorded r : comments) {
                out.writeByte(r.scope().ordinal());
                number(r.line());
                Suppressions.Directive d = r.directive();
                string(d.kind());
                number(d.line());
                number(d.column());
                number(d.rules().size());
                for (String rule : d.rules()) {
                    string(rule);
                }
            }
            number(f.foldedLists().size());
            for (FoldedList l : f.foldedLists()) {
                number(l.paragraphLine());
                number(l.paragraphEndLine());
                string(l.paragraphText());
                number(l.firstLine());
                number(l.lastLine());
                number(l.column());
                out.writeByte(l.cause().ordinal());
                string(l.marker());
            }
            outline(f.outline(), index);
        }

        private void outline(OutlineNode root, Map<Reference, Integer> references) throws IOException, NotStorable {
            List<OutlineNode> nodes = root.inDocumentOrder();
            Map<OutlineNode, Integer> position = new IdentityHashMap<>();
            number(nodes.size());
            for (OutlineNode n : nodes) {
                position.put(n, position.size());
                out.writeByte(n.kind().ordinal());
                out.writeByte(n.role().ordinal());
                number(n == root ? 0 : position.get(n.parent()));
                number(n.level());
                string(n.text());
                number(n.line());
                number(n.column());
                number(n.offset());
                List<Reference> links = n.links();
                int first = links.isEmpty() ? 0 : references.getOrDefault(links.get(0), -1);
                for (int i = 0; i < links.size(); i++) {
                    Integer at = references.get(links.get(i));
                    if (at == null || at != first + i) {
                        throw new NotStorable("a node's links are not a run of the file's references");
                    }
                }
                number(first);
                number(links.size());
                OutlineNode.ListInfo list = n.list();
                out.writeBoolean(list != null);
                if (list != null) {
                    number(list.listId());
                    out.writeBoolean(list.ordered());
                    number(list.number() + 1);
                    out.writeChar(list.marker());
                    number(list.markerColumn());
                }
            }
        }

        /** A message: its key, its number of arguments, each a string (0) or a message (1), nested ones in turn. */
        private void message(Message m) throws IOException {
            string(m.key());
            number(m.arguments().size());
            for (Object a : m.arguments()) {
                if (a instanceof Message nested) {
                    out.writeByte(1);
                    message(nested);
                } else {
                    out.writeByte(0);
                    string((String) a);
                }
            }
        }

        /** A string or {@code null}. */
        private void nullable(String s) throws IOException {
            out.writeBoolean(s != null);
            if (s != null) {
                string(s);
            }
        }

        /** A string once per file: later uses name the first by its index. */
        private void string(String s) throws IOException {
            if (s == null) {
                throw new IOException("a missing text");
            }
            Integer known = strings.get(s);
            if (known != null) {
                number(known + 1);
                return;
            }
            strings.put(s, strings.size());
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            number(0);
            number(utf8.length);
            out.write(utf8);
        }

        /** A non-negative int in 7-bit groups, low first. */
        private void number(int value) throws IOException {
            writeNumber(out, value);
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    private static final class Reader {
        private static final Reference.Kind[] KINDS = Reference.Kind.values();
        private static final OutlineNode.Kind[] NODE_KINDS = OutlineNode.Kind.values();
        private static final Role[] ROLES = Role.values();
        private static final FoldedList.Cause[] CAUSES = FoldedList.Cause.values();
        private static final Suppressions.Scope[] SCOPES = Suppressions.Scope.values();
        /** How deep messages nest at most: a list of sections in a finding's message is the deepest. */
        private static final int MESSAGE_DEPTH = 32;

        private final Input in;
        private final List<String> strings = new ArrayList<>();

        Reader(Input in) {
            this.in = in;
        }

        BankFile file(String relativePath, Path path, SourceText source) throws IOException {
            int count = number();
            List<InputProblem> problems = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                problems.add(new InputProblem(in.readBoolean(), message(), number(), number()));
            }
            count = number();
            List<Reference> references = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                references.add(new Reference(of(KINDS, in.readByte()), string(), string(), number(), number()));
            }
            count = number();
            List<Heading> headings = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                headings.add(new Heading(number(), string(), string(), number(), number()));
            }
            count = number();
            Set<String> anchors = new LinkedHashSet<>();
            for (int i = 0; i < count; i++) {
                anchors.add(string());
            }
            count = number();
            Suppressions suppressions = new Suppressions();
            for (int i = 0; i < count; i++) {
                Suppressions.Scope scope = of(SCOPES, in.readByte());
                int line = number();
                String kind = string();
                int directiveLine = number();
                int column = number();
                int rules = number();
                Set<String> named = new LinkedHashSet<>();
                for (int r = 0; r < rules; r++) {
                    named.add(string());
                }
                suppressions.record(new Suppressions.Recorded(scope, line,
                        new Suppressions.Directive(kind, directiveLine, column, named)));
            }
            count = number();
            List<FoldedList> folded = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                folded.add(new FoldedList(number(), number(), string(), number(), number(), number(),
                        of(CAUSES, in.readByte()), string()));
            }
            OutlineNode outline = outline(references);
            return new BankFile(relativePath, path, source, outline, List.copyOf(headings), List.copyOf(references),
                    anchors, suppressions, List.copyOf(folded), List.copyOf(problems));
        }

        private OutlineNode outline(List<Reference> references) throws IOException {
            int count = number();
            if (count < 1) {
                throw new IOException("an outline without its document node");
            }
            List<OutlineNode> nodes = new ArrayList<>(count);
            OutlineTexts texts = new OutlineTexts();
            for (int i = 0; i < count; i++) {
                OutlineNode.Kind kind = of(NODE_KINDS, in.readByte());
                Role role = of(ROLES, in.readByte());
                int parent = number();
                int level = number();
                String text = string();
                int line = number();
                int column = number();
                int offset = number();
                int first = number();
                int links = number();
                if (first + links > references.size() || first + links < 0) {
                    throw new IOException("links out of range");
                }
                OutlineNode.ListInfo list = null;
                if (in.readBoolean()) {
                    list = new OutlineNode.ListInfo(number(), in.readBoolean(), number() - 1, in.readChar(), number());
                }
                OutlineNode node = new OutlineNode(kind, level, texts, text, line, column, offset,
                        links == 0 ? List.of() : references.subList(first, first + links), list);
                node.role(role);
                if (i > 0) {
                    if (parent >= i) {
                        throw new IOException("a node before its parent");
                    }
                    nodes.get(parent).add(node);
                } else if (kind != OutlineNode.Kind.DOCUMENT) {
                    throw new IOException("an outline that does not start with its document node");
                }
                nodes.add(node);
            }
            texts.seal();
            return nodes.get(0);
        }

        private String nullable() throws IOException {
            return in.readBoolean() ? string() : null;
        }

        private Message message() throws IOException {
            return message(0);
        }

        /** A message as {@link Writer#message} wrote it; nested at most {@value #MESSAGE_DEPTH} deep. */
        private Message message(int depth) throws IOException {
            if (depth > MESSAGE_DEPTH) {
                throw new IOException("a message nested too deeply");
            }
            String key = string();
            int count = number();
            List<Object> arguments = new ArrayList<>(Math.min(count, 16));
            for (int i = 0; i < count; i++) {
                int kind = in.readUnsignedByte();
                if (kind > 1) {
                    throw new IOException("no argument kind " + kind);
                }
                arguments.add(kind == 1 ? message(depth + 1) : string());
            }
            return new Message(key, arguments);
        }

        private String string() throws IOException {
            int known = number();
            if (known > 0) {
                if (known > strings.size()) {
                    throw new IOException("a string that was never written");
                }
                return strings.get(known - 1);
            }
            String s = in.readString(number());
            strings.add(s);
            return s;
        }

        private int number() throws IOException {
            return in.readNumber();
        }

        private static <E> E of(E[] values, int ordinal) throws IOException {
            if (ordinal < 0 || ordinal >= values.length) {
                throw new IOException("no value " + ordinal + " among " + values.length);
            }
            return values[ordinal];
        }
    }
}
