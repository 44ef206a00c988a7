package io.github.qbank.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which folders a parent's check leaves to its modules. */
class ModuleFoldersTest {

    @TempDir
    Path dir;

    @Test
    void moduleFoldersAndModulePomsInsideTheProject() throws Exception {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/pom.xml"), "<project/>");
        Files.createDirectories(dir.resolve("banks/c"));
        assertEquals(List.of("a", "b", "banks/c"),
                ModuleFolders.of(dir, List.of("a", "b/pom.xml", "banks/c/", "a", "../outside", ".", " ")));
        assertEquals(List.of(), ModuleFolders.of(dir, null));
        assertEquals(List.of(), ModuleFolders.of(dir, Arrays.asList((String) null)));
    }

    @Test
    void anExcludeMatchesTheFolderLiterally() {
        assertEquals("bank-a/**", ModuleFolders.exclude("bank-a"));
        assertEquals("banks/[[]x]-[{]y}-[*]-[?]/**", ModuleFolders.exclude("banks/[x]-{y}-*-?"));
    }
}
