package io.github.qbank.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.qbank.core.check.CheckResult;
import io.github.qbank.core.check.Qbank;
import io.github.qbank.core.check.QbankConfig;

/**
 * {@code qbank.siteRoot} and {@code qbank.linkRemaps}: a docsify or VuePress site's route links
 * resolve to the pages the site serves, and only links that no page explains stay findings.
 */
class SiteRoutesTest {

    @TempDir
    Path dir;

    private void write(String file, String... lines) throws Exception {
        TestFiles.write(dir, file, lines);
    }

    @BeforeEach
    void site() throws Exception {
        write("README.md", "# Project", "", "The site is in [docs](docs/).");
        write("docs/index.html", "<script src=\"//cdn.jsdelivr.net/npm/docsify@4\"></script>");
        write("docs/_sidebar.md",
                "- [Home](/)",
                "- [Chapter 1](/ch1)",
                "- [Chapter 1, section one](/ch1#section-one)",
                "- [Guide](/guide/)",
                "- [Intro](/guide/intro.html)",
                "- [Intro, relative](guide/intro)",
                "- [Hash route](#/ch2)",
                "- [Picture](/img/logo.png)",
                "- [API](/api/users)",
                "- [Missing](/ch9)",
                "- [Bad anchor](/ch1#section-nine)");
        write("docs/README.md", "# Home");
        write("docs/ch1.md", "# Chapter 1", "", "## Section one");
        write("docs/ch2/README.md", "# Chapter 2", "", "Back to [the guide](../guide/).");
        write("docs/guide/README.md", "# Guide", "", "See [intro](intro) and [chapter 1](/ch1).");
        write("docs/guide/intro.md", "# Intro");
        write("docs/img/logo.png", "png");
        write("reference/users.md", "# Users");
    }

    private List<String> findings(QbankConfig.Builder config) throws Exception {
        CheckResult result = new Qbank().check(config.build(), CheckListener.silent());
        return result.findings().stream().filter(f -> !f.rule().equals("missing-answer-link"))
                .map(f -> f.file() + ":" + f.line() + " " + f.rule() + " " + f.actual()).toList();
    }

    @Test
    void withASiteRootRoutesResolveToPages() throws Exception {
        assertEquals(List.of(
                "docs/_sidebar.md:9 missing-local-file /api/users",
                "docs/_sidebar.md:10 missing-local-file /ch9",
                "docs/_sidebar.md:11 broken-anchor section-nine"),
                findings(Configs.offline(dir).siteRoot("docs")));
    }

    @Test
    void aRemapExplainsWhatNoRouteDoes() throws Exception {
        assertEquals(List.of(
                "docs/_sidebar.md:10 missing-local-file /ch9",
                "docs/_sidebar.md:11 broken-anchor section-nine"),
                findings(Configs.offline(dir).siteRoot("docs").linkRemaps(List.of("^/api/(.*)$ -> /reference/$1.md"))));
    }

    @Test
    void withoutASiteRootTheRoutesAreMissing() throws Exception {
        assertEquals(List.of(
                "docs/_sidebar.md:2 missing-local-file /ch1",
                "docs/_sidebar.md:3 missing-local-file /ch1",
                "docs/_sidebar.md:4 missing-local-file /guide/",
                "docs/_sidebar.md:5 missing-local-file /guide/intro.html",
                "docs/_sidebar.md:6 missing-local-file guide/intro",
                "docs/_sidebar.md:7 broken-anchor /ch2",
                "docs/_sidebar.md:8 missing-local-file /img/logo.png",
                "docs/_sidebar.md:9 missing-local-file /api/users",
                "docs/_sidebar.md:10 missing-local-file /ch9",
                "docs/_sidebar.md:11 missing-local-file /ch1",
                "docs/guide/README.md:3 missing-local-file intro",
                "docs/guide/README.md:3 missing-local-file /ch1"),
                findings(Configs.offline(dir)));
    }

    @Test
    void aSiteRootMustBeAFolderOfTheProject() throws Exception {
        QbankException e = assertThrows(QbankException.class, () -> Configs.offline(dir).siteRoot("site").build());
        assertEquals("siteRoot", e.setting());
        assertThrows(QbankException.class, () -> Configs.offline(dir).siteRoot("../elsewhere").build());
        QbankException remap = assertThrows(QbankException.class,
                () -> Configs.offline(dir).linkRemaps(List.of("^/(.*$ -> /docs/$1.md")).build());
        assertEquals("linkRemaps", remap.setting());
        assertEquals("'^/(.*$' is not a regular expression: Unclosed group", remap.getMessage());
        assertEquals("'/ch1' is not 'regex -> replacement', e.g. '^/(.*)$ -> /docs/$1.md'", assertThrows(
                QbankException.class, () -> Configs.offline(dir).linkRemaps(List.of("/ch1")).build()).getMessage());
        assertEquals("'/docs/$2.md' is not a valid replacement for '^/api/(.*)$': no group 2 (the pattern has 1)",
                assertThrows(QbankException.class, () -> Configs.offline(dir)
                        .linkRemaps(List.of("^/api/(.*)$ -> /docs/$2.md")).build()).getMessage());
        assertEquals("'/docs/$x' is not a valid replacement for '^/(.*)$': $ must be followed by a group number or"
                + " {name}; write \\$ for a $", assertThrows(QbankException.class, () -> Configs.offline(dir)
                        .linkRemaps(List.of("^/(.*)$ -> /docs/$x")).build()).getMessage());
        assertEquals(1, Configs.offline(dir).linkRemaps(List.of("^/(?<page>.*)$ -> /docs/${page}.md")).build()
                .siteRoutes().remaps().size());
    }
}
