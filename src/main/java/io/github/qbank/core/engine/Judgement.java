package io.github.qbank.core.engine;

import java.util.List;
import java.util.Map;

/**
 * What a check kept of a file once the file rules had judged it.
 * @param findings what those rules reported, by rule id and what else their findings depend on
 * @param cutDown  the file cut down to its sections, as {@link PackedFiles#bytesOf} gives it, or
 *                 {@code null} when not stored
 */
public record Judgement(Map<String, List<RawFinding>> findings, byte[] cutDown) {
    /** Nothing stored. */
    public static final Judgement NONE = new Judgement(Map.of(), null);
}
