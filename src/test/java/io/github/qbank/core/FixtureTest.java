package io.github.qbank.core;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.qbank.core.check.CheckResult;
import io.github.qbank.core.check.Qbank;
import io.github.qbank.core.check.QbankConfig;

/** Runs every fixture under {@code src/test/resources/fixtures} and compares findings exactly. */
class FixtureTest {

    static final Path ROOT = Path.of("src/test/resources/fixtures");

    static Stream<Fixture> fixtures() throws IOException {
        return Fixture.all(ROOT).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void findingsAreExactlyTheExpectedOnes(Fixture fixture) throws Exception {
        QbankConfig config = Configs.offline(fixture.baseDir()).includes(fixture.includes()).build();
        CheckResult result = new Qbank().check(config, CheckListener.silent());

        List<Fixture.Expectation> missing = new ArrayList<>(fixture.expectations());
        List<Finding> unexpected = new ArrayList<>();
        for (Finding f : result.findings()) {
            Fixture.Expectation match = missing.stream().filter(e -> e.matches(f)).findFirst().orElse(null);
            if (match == null) {
                unexpected.add(f);
            } else {
                missing.remove(match);
            }
        }
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            StringBuilder msg = new StringBuilder(fixture.name()).append(":");
            missing.forEach(e -> msg.append("\n  expected but not found: ").append(e));
            unexpected.forEach(f -> msg.append("\n  found but not expected: ").append(f.file()).append(':')
                    .append(f.line()).append(':').append(f.column()).append(' ').append(f.rule())
                    .append(" expected=").append(f.expected()).append(" actual=").append(f.actual())
                    .append(" — ").append(f.text()));
            fail(msg.toString());
        }
    }
}
