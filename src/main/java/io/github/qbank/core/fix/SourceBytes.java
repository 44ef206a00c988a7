package io.github.qbank.core.fix;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A file's bytes as text that can be written back byte for byte: UTF-8, with or without its
 * byte-order mark. Other files (UTF-16, invalid UTF-8) give {@code null} from {@link #of}: the
 * text qbank sees is not exactly what is on disk, so qbank does not rewrite them.
 */
final class SourceBytes {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final byte[] bytes;
    private final boolean bom;
    private final String text;

    private SourceBytes(byte[] bytes, boolean bom, String text) {
        this.bytes = bytes;
        this.bom = bom;
        this.text = text;
    }

    /** Why a file's bytes cannot be rewritten exactly, or {@code null} when they can. */
    static String problem(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            return "the file is UTF-16; qbank rewrites UTF-8 files only";
        }
        return of(bytes) == null ? "the file is not valid UTF-8; qbank rewrites only files it can write back byte for byte"
                : null;
    }

    /** The bytes as text, or {@code null} when writing the text back would not give the same bytes. */
    static SourceBytes of(byte[] bytes) {
        boolean bom = bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
        int offset = bom ? 3 : 0;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        SourceBytes s = new SourceBytes(bytes.clone(), bom, text);
        return Arrays.equals(s.encode(text), bytes) ? s : null;
    }

    String text() {
        return text;
    }

    byte[] bytes() {
        return bytes.clone();
    }

    boolean bom() {
        return bom;
    }

    /** New text in this file's encoding, with its byte-order mark if it has one. */
    byte[] encode(String newText) {
        byte[] body = newText.getBytes(StandardCharsets.UTF_8);
        if (!bom) {
            return body;
        }
        byte[] out = new byte[body.length + BOM.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(body, 0, out, BOM.length, body.length);
        return out;
    }
}
