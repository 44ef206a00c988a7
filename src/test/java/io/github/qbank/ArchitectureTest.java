package io.github.qbank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package structure as the sources state it: which package uses which, read from imports and
 * fully qualified names (comments aside). Keeps the layers apart: the core knows nothing of Maven, reports know
 * rules only as data, the root holds only small shared types, and no two packages need each other.
 */
class ArchitectureTest {

    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
    /** Comments name other packages in {@code @link}s without depending on them. */
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\n]*", Pattern.DOTALL);
    private static final Pattern REFERENCE = Pattern.compile("\\b(io\\.github\\.qbank(?:\\.[a-z]\\w*)*)\\.[A-Z]");

    private static Map<String, Set<String>> uses;

    @BeforeAll
    static void readSources() throws IOException {
        uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = COMMENT.matcher(Files.readString(file)).replaceAll(" ");
                Matcher pkg = PACKAGE.matcher(source);
                assertTrue(pkg.find(), "no package in " + file);
                Set<String> used = uses.computeIfAbsent(pkg.group(1), k -> new TreeSet<>());
                Matcher ref = REFERENCE.matcher(source);
                while (ref.find()) {
                    if (!ref.group(1).equals(pkg.group(1))) {
                        used.add(ref.group(1));
                    }
                }
            }
        }
    }

    @Test
    void noTwoPackagesDependOnEachOther() {
        List<List<String>> cycles = cycles();
        assertEquals(List.of(), cycles, "package cycles; the dependencies are:\n" + describe());
    }

    @Test
    void reportsKnowRulesOnlyAsData() {
        assertFalse(uses.get("io.github.qbank.core.report").contains("io.github.qbank.core.rules"), describe());
    }

    @Test
    void coreKnowsNothingOfTheMavenLayer() {
        uses.forEach((pkg, used) -> {
            if (pkg.startsWith("io.github.qbank.core")) {
                assertFalse(used.contains("io.github.qbank.plugin"), pkg + " uses the plugin layer");
            }
        });
    }

    @Test
    void rootHoldsOnlySharedTypes() {
        assertEquals(Set.of(), uses.get("io.github.qbank.core"), "the root package uses sub-packages");
    }

    /** Strongly connected components with more than one package (Tarjan). */
    private static List<List<String>> cycles() {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<List<String>> out = new ArrayList<>();
        int[] counter = {0};
        for (String p : uses.keySet()) {
            if (!index.containsKey(p)) {
                connect(p, index, low, stack, onStack, out, counter);
            }
        }
        return out;
    }

    private static void connect(String p, Map<String, Integer> index, Map<String, Integer> low, Deque<String> stack,
            Set<String> onStack, List<List<String>> out, int[] counter) {
        index.put(p, counter[0]);
        low.put(p, counter[0]++);
        stack.push(p);
        onStack.add(p);
        for (String q : uses.getOrDefault(p, Set.of())) {
            if (!index.containsKey(q)) {
                connect(q, index, low, stack, onStack, out, counter);
                low.put(p, Math.min(low.get(p), low.get(q)));
            } else if (onStack.contains(q)) {
                low.put(p, Math.min(low.get(p), index.get(q)));
            }
        }
        if (low.get(p).equals(index.get(p))) {
            List<String> component = new ArrayList<>();
            String q;
            do {
                q = stack.pop();
                onStack.remove(q);
                component.add(q);
            } while (!q.equals(p));
            if (component.size() > 1) {
                out.add(component);
            }
        }
    }

    private static String describe() {
        StringBuilder out = new StringBuilder();
        uses.forEach((p, used) -> out.append(p).append(" -> ").append(used).append('\n'));
        return out.toString();
    }
}
