import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.github.qbank.core.CheckListener;
import io.github.qbank.core.check.CheckResult;
import io.github.qbank.core.check.Qbank;
import io.github.qbank.core.check.QbankConfig;
import io.github.qbank.core.links.LinkSettings;
import io.github.qbank.core.parse.MarkdownParser;
import io.github.qbank.core.report.Reports;

/**
 * One cold pass in a fresh JVM, for bench/scale.sh: {@code flexmark DIR} parses every Markdown file
 * of DIR with flexmark as qbank configures it, on one thread, and prints the milliseconds;
 * {@code qbank DIR} checks DIR in process as the plugin does (links skipped, JSON report) and
 * prints the check's own milliseconds, those of check plus reports, and the findings. System
 * properties: {@code out} the report folder (default DIR/target/qbank), {@code cache} the model
 * cache's folder (default none), {@code formats} the report formats (default json), {@code histo} a file for a class histogram of the heap after the
 * check, {@code repeat} how many checks to run in the same JVM (default 1; the checks before the
 * last run without cache and print their times as {@code round}).
 */
public final class ColdRun {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]).toAbsolutePath().normalize();
        if (args[0].equals("flexmark")) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(dir)) {
                files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
            }
            long start = System.nanoTime();
            MarkdownParser parser = new MarkdownParser();
            for (Path p : files) {
                parser.syntaxTree(Files.readString(p));
            }
            System.out.println("flexmark\t" + (System.nanoTime() - start) / 1_000_000);
            return;
        }
        for (int round = Integer.getInteger("repeat", 1); round > 1; round--) {
            QbankConfig warmup = QbankConfig.builder(dir)
                    .outputDirectory(Path.of(System.getProperty("out", dir.resolve("target/qbank").toString())))
                    .formats(List.of(System.getProperty("formats", "json").split(","))).links(LinkSettings.builder(null).skip("bench").build()).build();
            long t = System.nanoTime();
            new Qbank().check(warmup, new CheckListener() {
                @Override public void info(String m) { }
                @Override public void warn(String m) { }
            });
            System.out.println("round\t" + (System.nanoTime() - t) / 1_000_000);
        }
        long start = System.nanoTime();
        QbankConfig config = QbankConfig.builder(dir)
                .outputDirectory(Path.of(System.getProperty("out", dir.resolve("target/qbank").toString())))
                .formats(List.of(System.getProperty("formats", "json").split(",")))
                .links(LinkSettings.builder(null).skip("bench").build())
                .cacheDirectory(System.getProperty("cache") == null ? null : Path.of(System.getProperty("cache")))
                .build();
        CheckResult result = new Qbank().check(config, new CheckListener() {
            @Override
            public void info(String message) {
                System.err.println(message);
            }

            @Override
            public void warn(String message) {
                System.err.println(message);
            }
        });
        Reports.write(result, config);
        if (System.getProperty("histo") != null) {
            new ProcessBuilder("jcmd", Long.toString(ProcessHandle.current().pid()), "GC.class_histogram")
                    .redirectOutput(new java.io.File(System.getProperty("histo"))).start().waitFor();
            System.out.println(result.bank().files().size());
        }
        System.out.println("qbank\t" + result.durationMs() + "\t" + (System.nanoTime() - start) / 1_000_000
                + "\t" + result.findings().size());
    }
}
