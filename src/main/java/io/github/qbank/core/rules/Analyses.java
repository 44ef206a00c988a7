package io.github.qbank.core.rules;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import io.github.qbank.core.links.LinkIndex;
import io.github.qbank.core.model.Bank;
import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.numbering.NumberingModel;
import io.github.qbank.core.sections.SectionIndex;

/**
 * Views of the bank that several rules share, computed once per check: the section index (four
 * rules), each file's numbering model (two rules) and the link results (three rules). One
 * instance per check, shared by rules that run in parallel.
 */
public final class Analyses {

    private final Bank bank;
    private final Pattern answerLink;
    private final LinkIndex links;
    private SectionIndex sections;
    private final Map<BankFile, NumberingModel> numbering = Collections.synchronizedMap(new IdentityHashMap<>());

    public Analyses(Bank bank, Pattern answerLink, LinkIndex links) {
        this.bank = bank;
        this.answerLink = answerLink;
        this.links = links;
    }

    /** The external links with their check results. */
    public LinkIndex links() {
        return links;
    }

    public synchronized SectionIndex sections() {
        if (sections == null) {
            sections = SectionIndex.of(bank, answerLink);
        }
        return sections;
    }

    public NumberingModel numbering(BankFile file) {
        return numbering.computeIfAbsent(file, NumberingModel::of);
    }
}
