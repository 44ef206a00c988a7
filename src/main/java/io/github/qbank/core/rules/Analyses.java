package io.github.qbank.core.rules;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import io.github.qbank.core.model.Bank;
import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.numbering.NumberingModel;
import io.github.qbank.core.sections.SectionIndex;

/**
 * Views of the bank that several rules share, computed once per check: the section index (four
 * rules) and each file's numbering model (two rules). One instance per check; not thread-safe.
 */
public final class Analyses {

    private final Bank bank;
    private final Pattern answerLink;
    private SectionIndex sections;
    private final Map<BankFile, NumberingModel> numbering = new IdentityHashMap<>();

    public Analyses(Bank bank, Pattern answerLink) {
        this.bank = bank;
        this.answerLink = answerLink;
    }

    public SectionIndex sections() {
        if (sections == null) {
            sections = SectionIndex.of(bank, answerLink);
        }
        return sections;
    }

    public NumberingModel numbering(BankFile file) {
        return numbering.computeIfAbsent(file, NumberingModel::of);
    }
}
