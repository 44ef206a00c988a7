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
 * more, which makes it grow the heap. {@code Retention DIR THREADS KB packed BURST} keeps the KB
 * per file in 2 MB byte arrays instead, and makes BURST kilobytes per file of small objects once
 * every file is parsed (what qbank's packing of cut-down files does).
 */
public final class Retention {
    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        int threads = Integer.parseInt(args[1]);
        int keptKb = Integer.parseInt(args[2]);
        boolean packed = args.length > 3 && args[3].equals("packed");
        int burstKb = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        List<Object> kept = Collections.synchronizedList(new ArrayList<>());
        Arena arena = new Arena();
        MarkdownParser parser = new MarkdownParser();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (Path p : files) {
            done.add(pool.submit(() -> {
                parser.syntaxTree(Files.readString(p));
                if (packed) {
                    arena.add(new byte[keptKb * 1024]);
                } else {
                    for (int i = 0; i < keptKb * 1024 / 64; i++) {
                        kept.add(new long[6]);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        for (long i = 0; i < (long) files.size() * burstKb * 1024 / 64; i++) {
            kept.add(new long[6]);
        }
        System.out.println("retention\t" + (System.nanoTime() - start) / 1_000_000 + "\t" + kept.size());
    }

    /** Bytes appended to 2 MB arrays, which G1 allocates outside the young generation. */
    private static final class Arena {
        private final List<byte[]> chunks = new ArrayList<>();
        private byte[] current = new byte[0];
        private int used;

        synchronized void add(byte[] bytes) {
            if (used + bytes.length > current.length) {
                current = new byte[Math.max(2 << 20, bytes.length)];
                chunks.add(current);
                used = 0;
            }
            System.arraycopy(bytes, 0, current, used, bytes.length);
            used += bytes.length;
        }
    }
}
