package io.github.qbank.core;

import java.nio.file.Path;

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
}
