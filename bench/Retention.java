import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import io.github.qbank.core.parse.MarkdownParser;

/**
 * What keeping a model per file costs a JVM with default settings, apart from qbank's rules:
 * {@code Retention DIR THREADS KB} parses every Markdown file of DIR with flexmark on THREADS
 * threads and keeps KB kilobytes per file, in objects of 64 bytes, until the end; it prints the
 * milliseconds. Run it under {@code /usr/bin/time} for the peak RSS: with nothing kept, RSS stays
 * near what the parse alone needs; each kilobyte kept per file makes G1's young collections copy
 * more, which makes it grow the heap.
 */
public final class Retention {
    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        int threads = Integer.parseInt(args[1]);
        int keptKb = Integer.parseInt(args[2]);
        List<Object> kept = Collections.synchronizedList(new ArrayList<>());
        MarkdownParser parser = new MarkdownParser();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (Path p : files) {
            done.add(pool.submit(() -> {
                parser.syntaxTree(Files.readString(p));
                for (int i = 0; i < keptKb * 1024 / 64; i++) {
                    kept.add(new long[6]);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        System.out.println("retention\t" + (System.nanoTime() - start) / 1_000_000 + "\t" + kept.size());
    }
}
