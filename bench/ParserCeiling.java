import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.IncludeSourceSpans;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

import io.github.qbank.core.parse.MarkdownParser;
import io.github.qbank.core.source.SourceText;

/**
 * How fast each parser reads the same bank on one core, after warm-up: the ceiling a check built
 * on it could reach. Run by bench/parsers.sh.
 */
public final class ParserCeiling {

    public static void main(String[] args) throws Exception {
        List<String> texts = new ArrayList<>();
        long bytes = 0;
        try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                byte[] b = Files.readAllBytes(p);
                bytes += b.length;
                texts.add(new String(b, StandardCharsets.UTF_8));
            }
        }
        int rounds = Integer.parseInt(args[1]);
        System.out.printf("%d files, %.1f MB, %d timed rounds after %d warm-up rounds, one thread%n%n", texts.size(),
                bytes / 1e6, rounds, rounds);
        System.out.printf("%-62s %10s %10s%n", "parser", "MB/s", "vs qbank");

        MarkdownParser qbank = new MarkdownParser();
        double qbankWhole = measure("qbank: flexmark as configured + walk to the bank model", texts, bytes, rounds,
                t -> qbank.parse(new SourceText(t)), 0);
        measure("flexmark 0.64 as qbank configures it (tables, strikethrough)", texts, bytes, rounds,
                qbank::syntaxTree, qbankWhole);
        Parser bare = Parser.builder(new MutableDataSet()).build();
        measure("flexmark 0.64, CommonMark core only", texts, bytes, rounds, bare::parse, qbankWhole);
        org.commonmark.parser.Parser commonmark = org.commonmark.parser.Parser.builder()
                .extensions(List.of(TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .build();
        measure("commonmark-java, GFM extensions, block and inline positions", texts, bytes, rounds, commonmark::parse,
                qbankWhole);
    }

    private static double measure(String name, List<String> texts, long bytes, int rounds, Consumer<String> parse,
            double baseline) {
        double[] mbPerSecond = new double[rounds];
        for (int r = -rounds; r < rounds; r++) {
            long start = System.nanoTime();
            texts.forEach(parse);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (r >= 0) {
                mbPerSecond[r] = bytes / 1e6 / seconds;
            }
        }
        Arrays.sort(mbPerSecond);
        double median = mbPerSecond[rounds / 2];
        System.out.printf("%-62s %10.1f %10s%n", name, median, baseline == 0 ? "1.0x" : String.format("%.1fx", median / baseline));
        return median;
    }
}
