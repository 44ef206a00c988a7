package io.github.qbank.core.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.github.qbank.core.Message;

/**
 * Turns a file's bytes into text the way GitHub would show it: UTF-8, a byte-order mark dropped,
 * UTF-16 recognised by its mark, invalid bytes replaced by U+FFFD and reported, binary content
 * refused.
 */
public final class SourceDecoder {

    /** How far to look for a NUL byte when deciding that a file is binary, as git does. */
    private static final int BINARY_PROBE = 8000;

    private SourceDecoder() {}

    /**
     * Decodes a file's bytes: UTF-8 (a byte-order mark dropped), UTF-16 by its mark, binary refused.
     * @param bytes the file's content
     * @return the text with its decoding warning, or why the file is unreadable
     */
    public static DecodedFile decode(byte[] bytes) {
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            boolean big = bytes[0] == (byte) 0xFE;
            String text = new String(bytes, 2, bytes.length - 2, big ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
            return DecodedFile.withWarning(text, Message.of("input.utf16"), 1, 1);
        }
        int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        int probe = Math.min(bytes.length, BINARY_PROBE);
        for (int i = offset; i < probe; i++) {
            if (bytes[i] == 0) {
                return DecodedFile.unreadable(Message.of("input.binary", i));
            }
        }
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return DecodedFile.ok(strict.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString());
        } catch (CharacterCodingException e) {
            String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
            int bad = firstInvalidUtf8(bytes, offset);
            int line = 1;
            int lineStart = offset;
            for (int i = offset; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            String linePrefix = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8);
            int column = linePrefix.codePointCount(0, linePrefix.length()) + 1;
            return DecodedFile.withWarning(text, Message.of("input.invalid-utf8",
                    String.format(Locale.ROOT, "%02X", bytes[bad] & 0xFF), bad), line, column);
        }
    }

    /** The offset of the first byte that does not belong to a valid UTF-8 sequence. */
    static int firstInvalidUtf8(byte[] bytes, int from) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            var result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isOverflow()) {
                out.clear();
                continue;
            }
            return bytes.length - 1;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
