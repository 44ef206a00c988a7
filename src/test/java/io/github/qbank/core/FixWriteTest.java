package io.github.qbank.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.qbank.core.fix.FixResult;
import io.github.qbank.core.fix.Fixer;
import io.github.qbank.core.fix.UnifiedDiff;

/** How fixes reach the disk: never over a file changed meanwhile, and as a patch {@code git apply} takes. */
class FixWriteTest {

    private static final String BANK = "# Bank\n\n## Questions\n\n- 1 first\n- 2 second\n- 8 third\n- 4 fourth\n";

    @TempDir
    Path dir;

    @Test
    void aFileChangedOnDiskBetweenReadAndWriteIsNotOverwritten() throws Exception {
        Path bank = dir.resolve("bank.md");
        Path other = dir.resolve("other.md");
        Files.writeString(bank, BANK);
        Files.writeString(other, BANK);
        FixResult result = new Fixer().fix(Configs.offline(dir).build(), Fixer.rules(List.of()), CheckListener.silent());
        assertEquals(2, result.changes().size());

        String edited = BANK + "\nA line the author added meanwhile.\n";
        Files.writeString(bank, edited);
        QbankException e = assertThrows(QbankException.class, () -> Fixer.write(result));

        assertEquals("bank.md changed on disk while qbank:fix ran; no file was written, run qbank:fix again",
                e.getMessage());
        assertEquals(edited, Files.readString(bank));
        assertEquals(BANK, Files.readString(other));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("bank.md", "other.md"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void theDryRunPatchAppliesWithGitApply() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/git")), "git is not installed");
        git("init", "-q");
        Path cjk = dir.resolve("题库 一.md");
        // CRLF with a byte-order mark, a last line without a line ending, and a plain LF file
        Files.write(cjk, ("\uFEFF" + BANK.replace("\n", "\r\n") + "\r\n- 5 fifth").getBytes(StandardCharsets.UTF_8));
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/bank.md"), BANK + "\n".repeat(12) + "## 1. A\n\n## 3. B\n\n### 3.1 b\n");
        FixResult result = new Fixer().fix(Configs.offline(dir).build(), Fixer.rules(List.of()), CheckListener.silent());
        assertEquals(2, result.changes().size());
        Path patch = dir.resolve("fix.patch");
        Files.writeString(patch, UnifiedDiff.of(result));

        git("apply", "--check", "fix.patch");
        git("apply", "fix.patch");

        assertEquals("\uFEFF" + BANK.replace("8 third", "3 third").replace("\n", "\r\n") + "\r\n- 5 fifth",
                new String(Files.readAllBytes(cjk), StandardCharsets.UTF_8));
        assertEquals(BANK.replace("8 third", "3 third") + "\n".repeat(12) + "## 1. A\n\n## 2. B\n\n### 2.1 b\n",
                Files.readString(dir.resolve("sub/bank.md")));
    }

    private void git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.autocrlf=false"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), String.join(" ", args) + ":\n" + out);
    }
}
