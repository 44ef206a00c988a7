package io.github.qbank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
 * The structure of the code as the sources state it, read without compiling: which file uses which
 * (an import, a fully qualified name, or a simple name of the same package; comments and literals
 * aside) and, from that, which package uses which. Keeps the layers apart: the core knows nothing of
 * Maven, reports know rules only as data, the root holds only small shared types, parsing stands
 * below the rules, every package uses only its own layer and lower ones ({@link #LAYERS}), and no two
 * packages and no two files need each other. Writes both graphs to
 * {@code target/architecture/dependencies.md}, for people.
 */
class ArchitectureTest {

    private static final String BASE = "io.github.qbank.";
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path TABLES = Path.of("target/architecture/dependencies.md");

    /**
     * Every main package, top to bottom; a package uses packages of its own layer or lower ones. Names
     * are relative to {@code io.github.qbank}; a name ending in {@code .*} stands for every package below.
     */
    private static final List<Layer> LAYERS = List.of(
            new Layer("plugin", "plugin"),
            new Layer("reports and fixes", "core.report", "core.fix"),
            new Layer("check", "core.check"),
            new Layer("engine", "core.engine"),
            new Layer("rules", "core.rules"),
            new Layer("analyses", "core.numbering", "core.sections", "core.links", "core.links.*", "core.local",
                    "core.parse", "core.scan", "core.git", "core.baseline"),
            new Layer("model", "core.model"),
            new Layer("basics", "core", "core.source", "core.web"));

    private static final Set<String> ABOVE_PARSING = Set.of("core.rules", "core.engine", "core.check");

    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile(
            "^import\\s+(?:static\\s+)?(io\\.github\\.qbank[\\w.]*?\\.[A-Z]\\w*)", Pattern.MULTILINE);
    private static final Pattern IMPORT_LINE = Pattern.compile("^import .*$", Pattern.MULTILINE);
    private static final Pattern QUALIFIED = Pattern.compile("\\b(io\\.github\\.qbank(?:\\.[a-z]\\w*)*\\.[A-Z]\\w*)");

    /** A layer of {@link #LAYERS}: its name and its packages. */
    private record Layer(String name, String... packages) {

        boolean holds(String pkg) {
            String name = shortName(pkg);
            for (String p : packages) {
                if (p.endsWith(".*") ? name.startsWith(p.substring(0, p.length() - 1)) : name.equals(p)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A source file's top-level type, its package, and its text without comments and literals. */
    private record SourceFile(String type, String pkg, String code) {}

    /** A dependency of one package on another, with the files that make it. */
    private record Edge(String from, String to, Set<String> files) {

        @Override
        public String toString() {
            return shortName(from) + " -> " + shortName(to) + " (" + String.join(", ", files) + ")";
        }
    }

    private static Map<String, SourceFile> files;
    /** Top-level type → the top-level types its file uses. */
    private static Map<String, Set<String>> fileUses;
    /** Package → the other packages its files use. */
    private static Map<String, Set<String>> uses;

    @BeforeAll
    static void readSources() throws IOException {
        files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(SOURCES)) {
            for (Path file : paths.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String code = withoutCommentsAndLiterals(Files.readString(file));
                Matcher pkg = PACKAGE.matcher(code);
                assertTrue(pkg.find(), "no package in " + file);
                if (!pkg.group(1).startsWith(BASE)) {
                    continue; // a stand-in for another project's class (org.codehaus.doxia.sink.Sink), not qbank's design
                }
                String name = file.getFileName().toString();
                String type = pkg.group(1) + "." + name.substring(0, name.length() - ".java".length());
                files.put(type, new SourceFile(type, pkg.group(1), code));
            }
        }
        fileUses = new TreeMap<>();
        uses = new TreeMap<>();
        for (SourceFile file : files.values()) {
            Set<String> used = typesUsedBy(file);
            fileUses.put(file.type(), used);
            Set<String> packages = uses.computeIfAbsent(file.pkg(), k -> new TreeSet<>());
            for (String type : used) {
                if (!files.get(type).pkg().equals(file.pkg())) {
                    packages.add(files.get(type).pkg());
                }
            }
        }
        writeTables();
    }

    @Test
    void noTwoPackagesDependOnEachOther() {
        List<List<String>> cycles = cycles(uses);
        assertEquals(List.of(), cycles, "package cycles; the dependencies are:\n" + describe());
    }

    @Test
    void noTwoFilesDependOnEachOther() {
        List<List<String>> cycles = cycles(fileUses);
        if (!cycles.isEmpty()) {
            fail(cycles.size() + " file cycles: top-level types that need each other, directly or through others\n"
                    + describeFileCycles(cycles));
        }
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

    @Test
    void parsingStandsBelowTheRules() {
        List<Edge> upward = new ArrayList<>();
        for (Edge edge : edges()) {
            if (within(edge.from(), "core.parse") && ABOVE_PARSING.stream().anyMatch(p -> within(edge.to(), p))) {
                upward.add(edge);
            }
        }
        if (!upward.isEmpty()) {
            StringBuilder message = new StringBuilder("parsing stands below ")
                    .append(String.join(", ", new TreeSet<>(ABOVE_PARSING))).append(", but:\n");
            upward.forEach(e -> message.append("  ").append(e).append('\n'));
            fail(message.toString());
        }
    }

    @Test
    void theLinkApiKnowsNoCheckerAndUrlHandlingStandsAlone() {
        List<Edge> wrong = new ArrayList<>();
        for (Edge edge : edges()) {
            boolean apiUsesItsParts = shortName(edge.from()).equals("core.links") && within(edge.to(), "core.links");
            boolean webUsesMore = within(edge.from(), "core.web") && !shortName(edge.to()).equals("core");
            if (apiUsesItsParts || webUsesMore) {
                wrong.add(edge);
            }
        }
        assertEquals(List.of(), wrong, "core.links is the API and uses none of its parts (http, guard, cache);"
                + " core.web uses only the root package");
    }

    @Test
    void packagesUseOnlyTheirOwnLayerAndLowerOnes() {
        Set<String> unplaced = unplacedPackages();
        List<Edge> unplacedEdges = new ArrayList<>();
        List<Edge> upward = new ArrayList<>();
        for (Edge edge : edges()) {
            if (unplaced.contains(edge.from()) || unplaced.contains(edge.to())) {
                unplacedEdges.add(edge);
            } else if (layer(edge.to()) < layer(edge.from())) {
                upward.add(edge);
            }
        }
        StringBuilder problems = new StringBuilder();
        if (!unplaced.isEmpty()) {
            problems.append("packages in no layer: ").append(shortNames(unplaced))
                    .append("; add each to ArchitectureTest.LAYERS. Their dependencies:\n");
            unplacedEdges.forEach(e -> problems.append("  ").append(e).append('\n'));
        }
        if (!upward.isEmpty()) {
            problems.append("packages that use a higher layer:\n");
            upward.forEach(e -> problems.append("  ").append(e).append(": ").append(LAYERS.get(layer(e.from())).name())
                    .append(" uses ").append(LAYERS.get(layer(e.to())).name()).append('\n'));
        }
        if (!problems.isEmpty()) {
            fail(problems.toString());
        }
    }

    /** Comments name other packages in {@code @link}s without depending on them; literals hold text. */
    private static String withoutCommentsAndLiterals(String source) {
        StringBuilder code = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
                code.append(' ');
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
                code.append(' ');
            } else if (source.startsWith("\"\"\"", i)) {
                i = literalEnd(source, i + 3, "\"\"\"");
                code.append("\"\"");
            } else if (c == '"' || c == '\'') {
                i = literalEnd(source, i + 1, String.valueOf(c));
                code.append(c).append(c);
            } else {
                code.append(c);
                i++;
            }
        }
        return code.toString();
    }

    private static int literalEnd(String source, int from, String quote) {
        int i = from;
        while (i < source.length() && !source.startsWith(quote, i)) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + quote.length(), source.length());
    }

    private static Set<String> typesUsedBy(SourceFile file) {
        Set<String> used = new TreeSet<>();
        Matcher imported = IMPORT.matcher(file.code());
        while (imported.find()) {
            if (files.containsKey(imported.group(1))) {
                used.add(imported.group(1));
            }
        }
        String body = IMPORT_LINE.matcher(file.code()).replaceAll("");
        for (SourceFile other : files.values()) {
            if (other != file && other.pkg().equals(file.pkg())
                    && Pattern.compile("\\b" + Pattern.quote(simpleName(other.type())) + "\\b").matcher(body).find()) {
                used.add(other.type());
            }
        }
        Matcher qualified = QUALIFIED.matcher(body);
        while (qualified.find()) {
            if (files.containsKey(qualified.group(1)) && !qualified.group(1).equals(file.type())) {
                used.add(qualified.group(1));
            }
        }
        return used;
    }

    /** Every package dependency, with the files that make it. */
    private static List<Edge> edges() {
        Map<List<String>, Set<String>> byPackages = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
        fileUses.forEach((type, used) -> {
            for (String other : used) {
                String from = files.get(type).pkg();
                String to = files.get(other).pkg();
                if (!from.equals(to)) {
                    byPackages.computeIfAbsent(List.of(from, to), k -> new TreeSet<>()).add(simpleName(type));
                }
            }
        });
        List<Edge> out = new ArrayList<>();
        byPackages.forEach((pair, by) -> out.add(new Edge(pair.get(0), pair.get(1), by)));
        return out;
    }

    private static Set<String> unplacedPackages() {
        Set<String> out = new TreeSet<>();
        for (String pkg : uses.keySet()) {
            if (layer(pkg) < 0) {
                out.add(pkg);
            }
        }
        return out;
    }

    /** {@return the index of the package's layer in {@link #LAYERS}, 0 at the top; -1 when it has none} */
    private static int layer(String pkg) {
        for (int i = 0; i < LAYERS.size(); i++) {
            if (LAYERS.get(i).holds(pkg)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean within(String pkg, String shortPackage) {
        String name = shortName(pkg);
        return name.equals(shortPackage) || name.startsWith(shortPackage + ".");
    }

    private static String shortName(String name) {
        return name.startsWith(BASE) ? name.substring(BASE.length()) : name;
    }

    private static String shortNames(Set<String> names) {
        return String.join(", ", names.stream().map(ArchitectureTest::shortName).toList());
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    /** Strongly connected components with more than one node (Tarjan), each sorted. */
    private static List<List<String>> cycles(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<List<String>> out = new ArrayList<>();
        int[] counter = {0};
        for (String node : graph.keySet()) {
            if (!index.containsKey(node)) {
                connect(graph, node, index, low, stack, onStack, out, counter);
            }
        }
        out.forEach(component -> component.sort(null));
        out.sort((a, b) -> a.get(0).compareTo(b.get(0)));
        return out;
    }

    private static void connect(Map<String, Set<String>> graph, String p, Map<String, Integer> index,
            Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<List<String>> out, int[] counter) {
        index.put(p, counter[0]);
        low.put(p, counter[0]++);
        stack.push(p);
        onStack.add(p);
        for (String q : graph.getOrDefault(p, Set.of())) {
            if (!index.containsKey(q)) {
                connect(graph, q, index, low, stack, onStack, out, counter);
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

    /** Each cycle's files, then the dependencies among them. */
    private static String describeFileCycles(List<List<String>> cycles) {
        StringBuilder out = new StringBuilder();
        for (List<String> cycle : cycles) {
            out.append("- ").append(String.join(", ", cycle.stream().map(ArchitectureTest::fileName).toList()))
                    .append('\n');
            for (String type : cycle) {
                List<String> inCycle = fileUses.get(type).stream().filter(cycle::contains)
                        .map(ArchitectureTest::shortName).toList();
                out.append("    ").append(shortName(type)).append(" -> ").append(String.join(", ", inCycle))
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static String fileName(String type) {
        return shortName(type).replace('.', '/') + ".java";
    }

    /** The package table and the file-level summary, so that a change's before and after can be shown. */
    private static void writeTables() throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("# Dependencies of the main sources\n\n")
                .append("Written by `ArchitectureTest` from `").append(SOURCES).append("`. Package names are relative")
                .append(" to `io.github.qbank`.\n\n## Packages\n\n")
                .append("| package | layer | files | uses |\n|---|---|---|---|\n");
        uses.forEach((pkg, used) -> {
            int layer = layer(pkg);
            long count = files.values().stream().filter(f -> f.pkg().equals(pkg)).count();
            out.append("| `").append(shortName(pkg)).append("` | ")
                    .append(layer < 0 ? "**none**" : (layer + 1) + " " + LAYERS.get(layer).name()).append(" | ")
                    .append(count).append(" | ")
                    .append(String.join(", ", used.stream().map(p -> "`" + shortName(p) + "`").toList()))
                    .append(" |\n");
        });
        List<List<String>> packageCycles = cycles(uses);
        out.append("\nPackage cycles: ").append(packageCycles.size()).append('\n');
        packageCycles.forEach(c -> out.append("- ").append(shortNames(new TreeSet<>(c))).append('\n'));
        List<Edge> upward = edges().stream()
                .filter(e -> layer(e.from()) >= 0 && layer(e.to()) >= 0 && layer(e.to()) < layer(e.from())).toList();
        out.append("\nDependencies on a higher layer: ").append(upward.size()).append('\n');
        upward.forEach(e -> out.append("- ").append(e).append('\n'));

        List<List<String>> fileCycles = cycles(fileUses);
        int fileEdges = fileUses.values().stream().mapToInt(Set::size).sum();
        out.append("\n## Files\n\n")
                .append("- files: ").append(files.size()).append('\n')
                .append("- file dependency edges: ").append(fileEdges).append('\n')
                .append("- file cycles: ").append(fileCycles.size()).append("\n\n");
        out.append(fileCycles.isEmpty() ? "" : "```\n" + describeFileCycles(fileCycles) + "```\n");
        Files.createDirectories(TABLES.getParent());
        Files.writeString(TABLES, out);
    }
}
