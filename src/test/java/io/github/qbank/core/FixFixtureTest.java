package io.github.qbank.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.qbank.core.fix.FixReport;
import io.github.qbank.core.fix.FixResult;
import io.github.qbank.core.fix.Fixer;

/**
 * Runs every case under {@code src/test/resources/fix}: {@code before.md} is fixed and must then
 * equal {@code after.md} byte for byte, and a second fix must change nothing. A case may name the
 * bank file ({@code name.txt}, for file names in CJK), bring other files ({@code files/}), and
 * list texts that the not-fixed lines must hold ({@code not-fixed.txt}, one per line).
 */
class FixFixtureTest {

    static final Path ROOT = Path.of("src/test/resources/fix");

    @TempDir
    Path dir;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(ROOT)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fixingBeforeGivesAfterAndASecondFixChangesNothing(String name) throws Exception {
        Path fixture = ROOT.resolve(name);
        Path nameFile = fixture.resolve("name.txt");
        String fileName = Files.exists(nameFile) ? Files.readString(nameFile).strip() : "bank.md";
        Path files = fixture.resolve("files");
        if (Files.isDirectory(files)) {
            try (Stream<Path> s = Files.walk(files)) {
                for (Path p : s.filter(Files::isRegularFile).toList()) {
                    Path target = dir.resolve(files.relativize(p).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target);
                }
            }
        }
        Path bank = dir.resolve(fileName);
        Files.copy(fixture.resolve("before.md"), bank);

        FixResult first = fix();
        List<String> report = FixReport.lines(first, false, null, dir);
        byte[] expected = Files.readAllBytes(fixture.resolve("after.md"));
        assertEquals(new String(expected, StandardCharsets.UTF_8), new String(Files.readAllBytes(bank),
                StandardCharsets.UTF_8), name + "\n" + String.join("\n", report));
        assertTrue(java.util.Arrays.equals(expected, Files.readAllBytes(bank)), name + ": bytes differ");

        Path notFixed = fixture.resolve("not-fixed.txt");
        if (Files.exists(notFixed)) {
            for (String wanted : Files.readAllLines(notFixed)) {
                if (!wanted.isBlank()) {
                    assertTrue(report.stream().anyMatch(l -> l.contains(" not fixed: ") && l.contains(wanted)),
                            "no not-fixed line holds \"" + wanted + "\":\n" + String.join("\n", report));
                }
            }
        }

        FixResult second = fix();
        assertEquals(List.of(), second.changes(), name + ": the second fix changes something");
        assertEquals(List.of(), second.fixed());
    }

    private FixResult fix() throws Exception {
        FixResult result = new Fixer().fix(Configs.offline(dir).build(), Fixer.rules(List.of()), CheckListener.silent());
        Fixer.write(result);
        return result;
    }
}
