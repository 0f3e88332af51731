package org.autodiffbench.results;

import java.util.List;

/**
 * How a cell's derivative compared with its references, in the ADBench and GradBench metric
 * ρ(x, y) = |x − y| / max(1, |x| + |y|), element by element.
 *
 * @param maxRho the largest ρ against the exact references (hand-written, another engine), or
 *     against finite differences when there is neither; null when nothing was compared
 * @param tolerance the tolerance {@code maxRho} is held to; null when finite differences are the
 *     only reference and were inconclusive
 * @param worst where the largest ρ was found, e.g. {@code hand at derivative[3]}; null if nowhere
 * @param references each reference with its own ρ and tolerance, in the order they were consulted
 */
public record Agreement(Double maxRho, Double tolerance, String worst, List<ReferenceCheck> references) {

    public Agreement {
        references = references == null ? List.of() : List.copyOf(references);
    }
}
