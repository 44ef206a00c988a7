import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import io.github.qbank.core.CheckListener;
import io.github.qbank.core.Finding;
import io.github.qbank.core.check.CheckResult;
import io.github.qbank.core.check.Qbank;
import io.github.qbank.core.check.QbankConfig;
import io.github.qbank.core.links.LinkSettings;

/**
 * Checks each bank named on the command line in process, links skipped, and prints one line per
 * bank and rule: {@code bank<TAB>rule<TAB>findings}, then {@code bank<TAB>ms<TAB>time} and the
 * inferred answer convention. With {@code -Dfindings=FILE}, also writes every finding to FILE, one
 * line each, so that two runs can be compared finding by finding. Used by {@code corpus.sh}.
 */
public class CorpusCount {
    public static void main(String[] args) throws Exception {
        String findingsFile = System.getProperty("findings");
        PrintWriter all = findingsFile == null ? null
                : new PrintWriter(Files.newBufferedWriter(Path.of(findingsFile), StandardCharsets.UTF_8));
        for (String dir : args) {
            Path base = Path.of(dir).toAbsolutePath().normalize();
            Path out = Files.createTempDirectory("qbank-corpus");
            QbankConfig config = QbankConfig.builder(base).outputDirectory(out)
                    .links(LinkSettings.builder(null).skip("links are not checked by corpus.sh").build()).build();
            CheckResult result = new Qbank().check(config, CheckListener.silent());
            String bank = base.getFileName().toString();
            Map<String, Integer> counts = new TreeMap<>();
            for (Finding f : result.findings()) {
                counts.merge(f.rule(), 1, Integer::sum);
                if (all != null) {
                    all.println(String.join("\t", bank, f.file(), f.line() + ":" + f.column(), f.rule(),
                            f.severity().name(), f.text(), String.valueOf(f.expected()), String.valueOf(f.actual())));
                }
            }
            counts.forEach((rule, n) -> System.out.println(bank + "\t" + rule + "\t" + n));
            System.out.println(bank + "\tms\t" + result.durationMs());
            System.out.println(bank + "\tanswers\t" + result.answers().id());
        }
        if (all != null) {
            all.close();
        }
    }
}
