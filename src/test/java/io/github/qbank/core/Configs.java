package io.github.qbank.core;

import java.nio.file.Path;
import java.util.List;

import io.github.qbank.core.check.Qbank;
import io.github.qbank.core.check.QbankConfig;
import io.github.qbank.core.links.LinkSettings;

/** Configurations for tests: external links are never checked unless a test serves them on loopback. */
final class Configs {

    private Configs() {}

    /** The default configuration with link checking off, so no test asks the internet. */
    static QbankConfig.Builder offline(Path baseDir) {
        return QbankConfig.builder(baseDir)
                .links(LinkSettings.builder(null).skip("links are not checked in this test").build());
    }

    /**
     * The findings of a check of a generated bank, one line each ({@code file:line:column rule
     * text}). Generated banks repeat one question without answers, which is not what the tests of
     * bad and costly input are about: duplicate-question and missing-answer-link are off.
     */
    static List<String> findingLines(Path baseDir) throws QbankException {
        QbankConfig config = offline(baseDir)
                .severity("duplicate-question", Severity.OFF)
                .severity("missing-answer-link", Severity.OFF)
                .build();
        return new Qbank().check(config, CheckListener.silent()).findings().stream()
                .map(f -> f.file() + ":" + f.line() + ":" + f.column() + " " + f.rule() + " " + f.text())
                .toList();
    }
}
