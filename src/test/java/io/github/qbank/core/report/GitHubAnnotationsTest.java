package io.github.qbank.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.github.qbank.core.Finding;
import io.github.qbank.core.Message;
import io.github.qbank.core.Severity;

class GitHubAnnotationsTest {

    @Test
    void oneCommandPerFindingWithFileLineColumnAndTitle() {
        List<String> commands = GitHubAnnotations.commands(List.of(
                new Finding("numbering", Severity.ERROR, "README.md", 156, 3,
                        Message.of("numbering.expected-found", "1", "39"), "1", "39"),
                new Finding("duplicate-question", Severity.WARNING, "a.md", 2, 1,
                        Message.of("duplicate-question.repeats", 1, Message.of("section.titled", "A"), "Q"), null, null)), "docs/",
                Locale.ENGLISH);
        assertEquals(List.of(
                "::error file=docs/README.md,line=156,col=3,title=qbank numbering::expected 1, found 39",
                "::warning file=docs/a.md,line=2,col=1,title=qbank duplicate-question::question repeats line 1 of"
                        + " section \"A\": \"Q\""), commands);
    }

    @Test
    void messagesAndPropertiesAreEscapedSoABankCannotForgeCommands() {
        List<String> commands = GitHubAnnotations.commands(List.of(new Finding("dead-link", Severity.ERROR,
                "a,b:c%.md", 1, 1, Message.of("dead-link.dead", "100%", "dead\n::error::forged\r"), null, null)), "", Locale.ENGLISH);
        // a finding's texts are one line already (OneLine); the runner's own escaping comes on top
        assertEquals(List.of("::error file=a%2Cb%3Ac%25.md,line=1,col=1,title=qbank dead-link"
                + "::dead link 100%25: dead\u240A::error::forged\u240D"), commands);
        assertEquals("a%0Ab%0Dc%25 ::", GitHubAnnotations.data("a\nb\rc% ::"));
        assertEquals("a%0Ab%0Dc%3Ad%2Ce%25", GitHubAnnotations.property("a\nb\rc:d,e%"));
    }

    @Test
    void newFindingsComeFirstAndKnownOnesAreNotices() {
        Finding known = new Finding("numbering", Severity.ERROR, "README.md", 3, 3,
                Message.of("numbering.expected-found", "2", "3"), "2", "3");
        Finding fresh = new Finding("missing-image", Severity.ERROR, "README.md", 9, 1,
                Message.of("local-target.missing", Message.of("local-target.image"), "a.png"), null, "a.png");
        List<String> commands = GitHubAnnotations.newFirst(List.of(
                new io.github.qbank.core.baseline.TrackedFinding(known, "aaaa", true),
                new io.github.qbank.core.baseline.TrackedFinding(fresh, "bbbb", false)), "", Locale.ENGLISH);
        assertEquals(List.of(
                "::error file=README.md,line=9,col=1,title=qbank missing-image::image a.png does not exist",
                "::notice file=README.md,line=3,col=3,title=qbank numbering (known)::expected 2, found 3"), commands);
    }

    @Test
    void inChineseTheMessageAndTheKnownTitleAreChineseAndTheCommandIsNot() {
        Finding known = new Finding("numbering", Severity.ERROR, "README.md", 3, 3,
                Message.of("numbering.expected-found", "2", "3"), "2", "3");
        List<String> commands = GitHubAnnotations.newFirst(
                List.of(new io.github.qbank.core.baseline.TrackedFinding(known, "aaaa", true)), "", Locale.SIMPLIFIED_CHINESE);
        assertEquals(List.of("::notice file=README.md,line=3,col=3,title=qbank numbering（已知）::应为 2，实为 3"), commands);
    }
}
