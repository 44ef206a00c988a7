package io.github.qbank.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.github.qbank.core.links.LinkIndex;
import io.github.qbank.core.model.Bank;
import io.github.qbank.core.model.BankFile;
import io.github.qbank.core.numbering.NumberingModel;
import io.github.qbank.core.sections.AnswerConvention;
import io.github.qbank.core.sections.Section;
import io.github.qbank.core.sections.SectionIndex;

/**
 * Views of the bank that several rules share, computed once per check: each file's sections (four
 * rules), each file's numbering model (two rules), the link results (four rules), and each
 * file's anchor index (asked by every broken link into the file). One instance
 * per check, shared by rules that run in parallel; a file's views are computed by whichever rule
 * asks first, and never twice.
 */
public final class Analyses {

    private final Bank bank;
    private final Pattern answerLink;
    private final LinkIndex links;
    private final Map<BankFile, List<Section>> sections = new ConcurrentHashMap<>();
    private final Map<BankFile, NumberingModel> numbering = new ConcurrentHashMap<>();
    private final Map<BankFile, AnchorIndex> anchors = new ConcurrentHashMap<>();
    private final List<String> ruleIds;
    private final Set<String> rulesOff;
    private final SuppressionUsage suppressionUsage = new SuppressionUsage();
    /** Sections worked out already, while each file's whole outline was at hand. */
    private final Map<BankFile, List<Section>> known;
    private List<Section> allSections;
    private AnswerConvention answerConvention;

    /**
     * Views of a bank for a check that runs every rule.
     * @param bank the bank
     * @param answerLink the link texts of answer links
     * @param links the external links with their results
     */
    public Analyses(Bank bank, Pattern answerLink, LinkIndex links) {
        this(bank, answerLink, links, List.of(), Set.of());
    }

    /**
     * Views of a bank for a check that runs the given rules.
     * @param bank the bank
     * @param answerLink the link texts of answer links
     * @param links the external links with their results
     * @param ruleIds  the ids of the rules of the registry the check runs, in order
     * @param rulesOff those of them switched off by configuration
     */
    public Analyses(Bank bank, Pattern answerLink, LinkIndex links, List<String> ruleIds, Set<String> rulesOff) {
        this(bank, answerLink, links, ruleIds, rulesOff, Map.of());
    }

    /**
     * Views of a bank for a check that runs the given rules, with sections worked out already.
     * @param bank the bank
     * @param answerLink the link texts of answer links
     * @param links the external links with their results
     * @param ruleIds  the ids of the rules of the registry the check runs, in order
     * @param rulesOff those of them switched off by configuration
     * @param known the sections of files whose outlines were cut down to their sections
     *              ({@link io.github.qbank.core.model.SectionOutline}), by file
     */
    public Analyses(Bank bank, Pattern answerLink, LinkIndex links, List<String> ruleIds, Set<String> rulesOff,
            Map<BankFile, List<Section>> known) {
        this.bank = bank;
        this.answerLink = answerLink;
        this.links = links;
        this.ruleIds = List.copyOf(ruleIds);
        this.rulesOff = Set.copyOf(rulesOff);
        this.known = known;
    }

    /**
     * The ids of the rules this check knows (those of its registry, switched off or not), in order.
     * @return the rule ids
     */
    public List<String> ruleIds() {
        return ruleIds;
    }

    /**
     * Whether the rule is switched off by configuration in this check.
     * @param ruleId a rule id
     * @return {@code true} if it is off
     */
    public boolean isOff(String ruleId) {
        return rulesOff.contains(ruleId);
    }

    /**
     * Which suppression comments silenced findings so far in this check.
     * @return the usage, shared by the check's rules
     */
    public SuppressionUsage suppressionUsage() {
        return suppressionUsage;
    }

    /**
     * The answer-link pattern ({@code answerLinkPattern}): link text that marks an answer link.
     * @return the pattern
     */
    public Pattern answerLink() {
        return answerLink;
    }

    /**
     * The external links with their check results.
     * @return the links
     */
    public LinkIndex links() {
        return links;
    }

    /**
     * The chapters and sections of one file, in document order.
     * @param file a file of the bank
     * @return its sections
     */
    public List<Section> sections(BankFile file) {
        List<Section> worked = known.get(file);
        return worked != null ? worked : sections.computeIfAbsent(file, f -> SectionIndex.of(f, answerLink));
    }

    /**
     * The chapters and sections of the whole bank, file by file in document order.
     * @return the sections
     */
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

    /**
     * How the bank gives its answers: linked or in place.
     * @return the convention
     */
    public synchronized AnswerConvention answerConvention() {
        if (answerConvention == null) {
            answerConvention = AnswerConvention.of(sections());
        }
        return answerConvention;
    }

    /**
     * The numbering structure of one file, computed once.
     * @param file a file of the bank
     * @return its numbering structure
     */
    public NumberingModel numbering(BankFile file) {
        return numbering.computeIfAbsent(file, NumberingModel::of);
    }

    /**
     * Drops the views only the rules that judge one file at a time ask for (its numbering model),
     * once those rules are done with the file: a bank's numbering models are not all kept at once.
     * @param file the file the per-file rules are done with
     */
    public void doneWithFile(BankFile file) {
        numbering.remove(file);
    }

    /** The anchors of one file, indexed for case-insensitive lookups and suggestions. */
    AnchorIndex anchors(BankFile file) {
        return anchors.computeIfAbsent(file, f -> AnchorIndex.of(f.anchors()));
    }
}
