package io.github.qbank.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.github.qbank.core.links.LinkIndex;
import io.github.qbank.core.model.Bank;
import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.numbering.NumberingModel;
import io.github.qbank.core.sections.Section;
import io.github.qbank.core.sections.SectionIndex;

/**
 * Views of the bank that several rules share, computed once per check: each file's sections (four
 * rules), each file's numbering model (two rules) and the link results (four rules). One instance
 * per check, shared by rules that run in parallel; a file's views are computed by whichever rule
 * asks first, and never twice.
 */
public final class Analyses {

    private final Bank bank;
    private final Pattern answerLink;
    private final LinkIndex links;
    private final PerFile<List<Section>> sections;
    private final PerFile<NumberingModel> numbering;
    private List<Section> allSections;

    public Analyses(Bank bank, Pattern answerLink, LinkIndex links) {
        this.bank = bank;
        this.answerLink = answerLink;
        this.links = links;
        this.sections = new PerFile<>(bank, file -> SectionIndex.of(file, this.answerLink));
        this.numbering = new PerFile<>(bank, NumberingModel::of);
    }

    /** The external links with their check results. */
    public LinkIndex links() {
        return links;
    }

    /** The chapters and sections of one file, in document order. */
    public List<Section> sections(BankFile file) {
        return sections.get(file);
    }

    /** The chapters and sections of the whole bank, file by file in document order. */
    public synchronized List<Section> sections() {
        if (allSections == null) {
            List<Section> all = new ArrayList<>();
            for (BankFile file : bank.files()) {
                all.addAll(sections(file));
            }
            allSections = List.copyOf(all);
        }
        return allSections;
    }

    public NumberingModel numbering(BankFile file) {
        return numbering.get(file);
    }

    /** A value per file of the bank, computed on first use; a thread asking while another computes it waits for that one. */
    private static final class PerFile<T> {
        private final Bank bank;
        private final Function<BankFile, T> compute;
        private final AtomicReferenceArray<T> values;
        private final Object[] locks;

        PerFile(Bank bank, Function<BankFile, T> compute) {
            this.bank = bank;
            this.compute = compute;
            this.values = new AtomicReferenceArray<>(bank.files().size());
            this.locks = new Object[bank.files().size()];
            for (int i = 0; i < locks.length; i++) {
                locks[i] = new Object();
            }
        }

        T get(BankFile file) {
            int at = bank.position(file);
            T value = values.get(at);
            if (value == null) {
                synchronized (locks[at]) {
                    value = values.get(at);
                    if (value == null) {
                        value = compute.apply(file);
                        values.set(at, value);
                    }
                }
            }
            return value;
        }
    }
}
