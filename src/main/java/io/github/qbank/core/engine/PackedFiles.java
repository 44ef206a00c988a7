package io.github.qbank.core.engine;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import io.github.qbank.core.model.AnchorSet;
import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.model.OutlineNode;
import io.github.qbank.core.model.Reference;
import io.github.qbank.core.sections.Section;
import io.github.qbank.core.source.SourceText;

/**
 * Cut-down files packed into a few large byte arrays while a bank is read, and unpacked once every
 * file is read. Kept as objects, each file's links, anchors and sections are hundreds of small
 * objects that every young collection copies again while the rest of the bank is parsed, and the
 * longer pauses make G1 grow the heap: a bank of 1,000 files grew it to 1.8 GB. Arrays this large
 * are allocated where young collections do not copy them. The bytes are those of the model cache
 * ({@link ModelCodec}), with what a cut-down file adds: the questions left out below each node and
 * the section summaries. The model cache keeps the same bytes for the next check ({@link #read}).
 */
public final class PackedFiles {

    /** Large enough that G1 allocates it outside the young generation for heaps up to 64 GB. */
    private static final int CHUNK = 4 << 20;

    private byte[] current;
    private int used;

    /**
     * Where one file's bytes are.
     * @param chunk  the array
     * @param offset where they start in it
     * @param length how many there are
     */
    public record Packed(byte[] chunk, int offset, int length) {}

    /**
     * A file and its sections, unpacked.
     * @param file     the cut-down file
     * @param sections its section summaries, on its outline
     */
    public record Unpacked(BankFile file, List<Section> sections) {}

    /** An empty store. */
    public PackedFiles() {}

    /**
     * Packs the bytes of a cut-down file, as {@link #bytesOf} gives them.
     * @param bytes the file's bytes
     * @return where they are now
     */
    public Packed pack(byte[] bytes) {
        synchronized (this) {
            if (bytes.length > CHUNK) {
                return new Packed(bytes, 0, bytes.length);
            }
            if (current == null || used + bytes.length > CHUNK) {
                current = new byte[CHUNK];
                used = 0;
            }
            System.arraycopy(bytes, 0, current, used, bytes.length);
            Packed at = new Packed(current, used, bytes.length);
            used += bytes.length;
            return at;
        }
    }

    /**
     * Reads a packed file back.
     * @param packed where its bytes are
     * @param relativePath its path as reports write it
     * @param path   its path on disk
     * @param source its text, as it was kept
     * @return the file and its sections
     * @throws IllegalStateException if the bytes are not those {@link #pack} wrote (a bug)
     */
    public static Unpacked unpack(Packed packed, String relativePath, Path path, SourceText source) {
        try {
            return read(packed.chunk(), packed.offset(), packed.offset() + packed.length(), relativePath, path, source);
        } catch (IOException e) {
            throw new IllegalStateException("a packed file cannot be read back: " + relativePath, e);
        }
    }

    /**
     * Reads a cut-down file from bytes {@link #bytesOf} gave, such as the model cache keeps.
     * @param bytes  the bytes
     * @param relativePath its path as reports write it
     * @param path   its path on disk
     * @param source its text
     * @return the file and its sections
     * @throws IOException if the bytes are not such bytes
     */
    public static Unpacked read(byte[] bytes, String relativePath, Path path, SourceText source) throws IOException {
        return read(bytes, 0, bytes.length, relativePath, path, source);
    }

    private static Unpacked read(byte[] chunk, int offset, int end, String relativePath, Path path, SourceText source)
            throws IOException {
        try {
            ModelCodec.Input header = new ModelCodec.Input(chunk, offset, end);
            int modelLength = header.readNumber();
            int modelStart = end - header.available();
            if (modelLength < 0 || modelLength > header.available()) {
                throw new IOException("a model longer than what is left");
            }
            BankFile read = ModelCodec.decode(new ModelCodec.Input(chunk, modelStart, modelStart + modelLength),
                    relativePath, path, source);
            ModelCodec.Input in = new ModelCodec.Input(chunk, modelStart + modelLength, end);
            BankFile file = new BankFile(read.relativePath(), read.path(), read.source(), read.outline(), List.of(),
                    read.references(), AnchorSet.of(read.anchors()), read.suppressions(), List.of(), read.problems());
            List<OutlineNode> nodes = file.outline().inDocumentOrder();
            if (in.readNumber() != nodes.size()) {
                throw new IOException("a different outline");
            }
            for (OutlineNode n : nodes) {
                n.prunedQuestions(in.readNumber());
            }
            int count = in.readNumber();
            List<Section> sections = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                OutlineNode node = nodes.get(in.readNumber());
                int parent = in.readNumber() - 1;
                int questions = in.readNumber();
                int itemQuestions = in.readNumber();
                int answerCount = in.readNumber();
                List<Reference> answers = new ArrayList<>(answerCount);
                for (int a = 0; a < answerCount; a++) {
                    answers.add(file.references().get(in.readNumber()));
                }
                sections.add(Section.summarised(file, node, parent < 0 ? null : sections.get(parent), answers, questions,
                        itemQuestions));
            }
            if (in.available() != 0) {
                throw new IOException("bytes after the sections");
            }
            return new Unpacked(file, List.copyOf(sections));
        } catch (IndexOutOfBoundsException e) {
            throw new IOException("an index out of range", e);
        }
    }

    /**
     * The bytes of a cut-down file and its section summaries: the model cache's encoding of the
     * file, then the questions left out below each node and the summaries.
     * @param file     the cut-down file
     * @param sections its section summaries
     * @return the bytes, or {@code null} when the file cannot be encoded (it is kept as it is)
     */
    public static byte[] bytesOf(BankFile file, List<Section> sections) {
        try {
            return encode(file, sections);
        } catch (ModelCodec.NotStorable | IOException e) {
            return null;
        }
    }

    private static byte[] encode(BankFile file, List<Section> sections) throws ModelCodec.NotStorable, IOException {
        byte[] model = ModelCodec.encode(file);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(model.length + 1024);
        DataOutputStream out = new DataOutputStream(bytes);
        ModelCodec.writeNumber(out, model.length);
        out.write(model);
        List<OutlineNode> nodes = file.outline().inDocumentOrder();
        Map<OutlineNode, Integer> nodeIndex = new IdentityHashMap<>();
        ModelCodec.writeNumber(out, nodes.size());
        for (OutlineNode n : nodes) {
            nodeIndex.put(n, nodeIndex.size());
            ModelCodec.writeNumber(out, n.prunedQuestions());
        }
        Map<Reference, Integer> referenceIndex = new IdentityHashMap<>();
        for (Reference r : file.references()) {
            referenceIndex.put(r, referenceIndex.size());
        }
        Map<Section, Integer> sectionIndex = new IdentityHashMap<>();
        ModelCodec.writeNumber(out, sections.size());
        for (Section s : sections) {
            Integer node = nodeIndex.get(s.node());
            Integer parent = s.parent() == null ? Integer.valueOf(-1) : sectionIndex.get(s.parent());
            if (node == null || parent == null) {
                throw new ModelCodec.NotStorable("a section outside its file's outline");
            }
            sectionIndex.put(s, sectionIndex.size());
            ModelCodec.writeNumber(out, node);
            ModelCodec.writeNumber(out, parent + 1);
            ModelCodec.writeNumber(out, s.questionCount());
            ModelCodec.writeNumber(out, s.itemQuestionCount());
            ModelCodec.writeNumber(out, s.answers().size());
            for (Reference r : s.answers()) {
                Integer at = referenceIndex.get(r);
                if (at == null) {
                    throw new ModelCodec.NotStorable("an answer outside its file's links");
                }
                ModelCodec.writeNumber(out, at);
            }
        }
        out.flush();
        return bytes.toByteArray();
    }
}
