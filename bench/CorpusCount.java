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
 * inferred answer convention. Used by {@code corpus.sh}.
 */
public class CorpusCount {
    public static void main(String[] args) throws Exception {
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
            }
            counts.forEach((rule, n) -> System.out.println(bank + "\t" + rule + "\t" + n));
            System.out.println(bank + "\tms\t" + result.durationMs());
            System.out.println(bank + "\tanswers\t" + result.answers().id());
        }
    }
}
