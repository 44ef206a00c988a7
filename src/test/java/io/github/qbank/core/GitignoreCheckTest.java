package io.github.qbank.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.qbank.core.check.CheckResult;
import io.github.qbank.core.check.Qbank;

/** {@code qbank.respectGitignore}: ignored files are not checked, yet links to them still work. */
class GitignoreCheckTest {

    @TempDir
    Path dir;

    private void write(String file, String... lines) throws Exception {
        TestFiles.write(dir, file, lines);
    }

    private List<String> findings(boolean respectGitignore, List<String> excludes) throws Exception {
        CheckResult result = new Qbank().check(Configs.offline(dir).respectGitignore(respectGitignore)
                .excludes(excludes).build(), CheckListener.silent());
        return result.findings().stream().map(f -> f.file() + ":" + f.line() + " " + f.rule()).toList();
    }

    @Test
    void ignoredFilesAreNotCheckedButLinksToThemWork() throws Exception {
        write(".gitignore", "generated/");
        write("README.md", "# Bank", "", "- [Generated](generated/answers.md)", "- [Gone](gone.md)");
        write("generated/answers.md", "# Answers", "", "![missing](img/none.png)");
        assertEquals(List.of("README.md:4 missing-local-file"), findings(true, List.of()));
        assertEquals(List.of("README.md:4 missing-local-file", "generated/answers.md:3 missing-image"),
                findings(false, List.of()));
    }

    @Test
    void buildOutputAndPackagesAreNeverScannedWhateverTheExcludes() throws Exception {
        write("README.md", "# Bank");
        write("target/site/copy.md", "![missing](img/none.png)");
        write("node_modules/pkg/README.md", "![missing](img/none.png)");
        write("docs/node_modules/pkg/README.md", "![missing](img/none.png)");
        assertEquals(List.of(), findings(false, List.of("drafts/**")));
    }
}
