package io.github.qbank.core.fix;

import java.util.List;

import io.github.qbank.core.Finding;

/**
 * The edits that fix one finding.
 *
 * @param finding    what it fixes
 * @param edits      the changes to the finding's file, in its current text
 * @param itemStarts offsets of the current text where a list item must start once the edits are
 *                   made: a list-structure fix counts only when the lines render as a list
 */
record Fix(Finding finding, List<TextEdit> edits, List<Integer> itemStarts) {

    Fix(Finding finding, List<TextEdit> edits) {
        this(finding, edits, List.of());
    }
}
