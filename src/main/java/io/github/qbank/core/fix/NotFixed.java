package io.github.qbank.core.fix;

import io.github.qbank.core.Finding;

/**
 * A finding of a rule that {@code qbank:fix} fixes, left as it is.
 *
 * @param finding the finding
 * @param reason  why it is not fixed, e.g. {@code it repeats a number: which one is wrong is not certain}
 */
public record NotFixed(Finding finding, String reason) {}
