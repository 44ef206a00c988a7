import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import io.github.qbank.core.CheckListener;
import io.github.qbank.core.check.CheckResult;
import io.github.qbank.core.check.Qbank;
import io.github.qbank.core.check.QbankConfig;
import io.github.qbank.core.links.LinkSettings;
import io.github.qbank.core.report.Reports;

/**
 * Times one check of a bank, in process, as the plugin runs it: scan, parse and rules, then every
 * report. One untimed run warms the JIT compiler, then the median of the timed runs. Run by
 * bench/hostile.sh.
 *
 *   java HostileInput BANK_DIR ROUNDS
 * prints: findings checkMs reportsMs
 */
public final class HostileInput {

    public static void main(String[] args) throws Exception {
        Path bank = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        Path out = Files.createTempDirectory("qbank-bench");
        QbankConfig config = QbankConfig.builder(bank).outputDirectory(out)
                .formats(List.of("html", "json", "sarif", "checkstyle"))
                .links(LinkSettings.builder(null).skip("not in the benchmark").build()).build();
        long[] check = new long[rounds];
        long[] reports = new long[rounds];
        int findings = 0;
        for (int r = -1; r < rounds; r++) {
            long start = System.nanoTime();
            CheckResult result = new Qbank().check(config, CheckListener.silent());
            long checked = System.nanoTime();
            Reports.write(result, config);
            long written = System.nanoTime();
            findings = result.findings().size();
            if (r >= 0) {
                check[r] = (checked - start) / 1_000_000;
                reports[r] = (written - checked) / 1_000_000;
            }
        }
        Arrays.sort(check);
        Arrays.sort(reports);
        System.out.println(findings + " " + check[rounds / 2] + " " + reports[rounds / 2]);
        try (Stream<Path> written = Files.walk(out)) {
            for (Path p : written.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
