package org.autodiffbench.results;

/**
 * One reference a derivative was checked against, with its own ρ and the tolerance it was
 * judged by.
 *
 * @param reference who answered, e.g. {@code hand}, {@code reverse} or {@code finite differences}
 * @param rho the largest ρ against this reference; null when it gave no answer
 * @param tolerance the largest ρ this reference allows (for finite differences, set by their own
 *     error estimate); null when it gave no answer or could not judge (finite differences too
 *     inaccurate here: inconclusive)
 * @param note how it was computed or why it gave no answer or no judgement, e.g. {@code 3 directions
 *     of hand's value} or {@code inconclusive: finite differences reach only ~0.00023 here (…)}
 */
public record ReferenceCheck(String reference, ReferenceKind kind, Double rho, Double tolerance, String note) {

    /** Was this reference consulted and does the derivative stay within its tolerance? */
    public boolean agrees() {
        return rho != null && tolerance != null && rho <= tolerance;
    }
}
