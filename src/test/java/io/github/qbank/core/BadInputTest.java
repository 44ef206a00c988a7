package io.github.qbank.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/**
 * Input that is not a well-formed bank gives a finding or a clear error, never a stack trace, and
 * the other files are still checked. (A 50 MB file and more: {@link HostileInputTest}.) Each bank here also holds {@code good.md} with one known
 * defect, which must still be found.
 */
class BadInputTest {

    @TempDir
    Path dir;

    @BeforeEach
    void goodFile() throws IOException {
        Files.writeString(dir.resolve("good.md"), "# Good\n\n![x](missing.png)\n");
    }

    private List<String> check() throws QbankException {
        return Configs.findingLines(dir);
    }

    private static final String GOOD = "good.md:3:6 missing-image image missing.png does not exist";

    @Test
    void emptyFileIsAValidEmptyBank() throws Exception {
        Files.write(dir.resolve("empty.md"), new byte[0]);
        assertEquals(List.of(GOOD), check());
    }

    @Test
    void invalidUtf8IsAWarningAtTheBadByteAndTheRestIsStillChecked() throws Exception {
        byte[] head = "# Title\n\nok line\nbad ".getBytes(StandardCharsets.UTF_8);
        byte[] tail = " here\n\n![y](gone.png)\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC3; // a lead byte without its continuation
        System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
        Files.write(dir.resolve("latin.md"), bytes);

        assertEquals(List.of(GOOD,
                "latin.md:4:5 invalid-encoding invalid UTF-8 byte 0xC3 at byte offset 21; it shows as U+FFFD (\uFFFD);"
                        + " save the file as UTF-8",
                "latin.md:6:6 missing-image image gone.png does not exist"), check());
    }

    @Test
    void utf16WithByteOrderMarkIsReadAndReported() throws Exception {
        byte[] text = "# 标题\n\n![z](none.png)\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[text.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(text, 0, bytes, 2, text.length);
        Files.write(dir.resolve("wide.md"), bytes);

        assertEquals(List.of(GOOD,
                "wide.md:1:1 invalid-encoding file is encoded as UTF-16; GitHub and most Markdown tools expect UTF-8;"
                        + " save the file as UTF-8",
                "wide.md:3:6 missing-image image none.png does not exist"), check());
    }

    @Test
    void utf8ByteOrderMarkAndCrlfAreTolerated() throws Exception {
        Files.write(dir.resolve("bom.md"),
                ("\uFEFF# Title\r\n\r\n## Part\r\n\r\n[ok](#part)\r\n[bad](#nope)\r\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("bom.md:6:7 broken-anchor anchor #nope matches no heading", GOOD), check());
    }

    @Test
    void loneCarriageReturnsEndLines() throws Exception {
        Files.writeString(dir.resolve("cr.md"), "# T\r\r![a](no.png)\r");
        assertEquals(List.of("cr.md:3:6 missing-image image no.png does not exist", GOOD), check());
    }

    @Test
    void binaryFileIsAnErrorNamingTheFile() throws Exception {
        Files.write(dir.resolve("image.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        assertEquals(List.of(GOOD, "image.md:1:1 unreadable-file image.md binary content (a NUL byte at offset 4),"
                + " not a Markdown text file; nothing in it was checked"), check());
    }

    /** As deep as qbank checks (deeper is one finding: {@link CostlyInputTest}). */
    @Test
    void listNestedAThousandLevelsDeepIsChecked() throws Exception {
        StringBuilder sb = new StringBuilder("# Deep\n\n");
        for (int i = 0; i < 1000; i++) {
            sb.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        }
        sb.append("\n![deep](deep.png)\n");
        Files.writeString(dir.resolve("deep.md"), sb);
        assertEquals(List.of("deep.md:1004:9 missing-image image deep.png does not exist", GOOD), check());
    }

    @Test
    void blockQuotesNestedAThousandLevelsDeepAreChecked() throws Exception {
        Files.writeString(dir.resolve("quotes.md"), "> ".repeat(1000) + "![q](q.png)\n");
        assertEquals(List.of(GOOD, "quotes.md:1:2006 missing-image image q.png does not exist"), check());
    }

    @Test
    void brokenHtmlDoesNotStopTheCheck() throws Exception {
        Files.writeString(dir.resolve("html.md"), "<div><img src=\"a.png\"<p><table><td>\n\n<img src='b.png' \n");
        List<String> findings = check();
        assertTrue(findings.contains(GOOD), findings.toString());
    }
}
