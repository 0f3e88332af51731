package org.autodiffbench.tck;

/**
 * How closely an engine must agree with the kit's references, in the ADBench metric
 * ρ(a, b) = |a − b| / max(1, |a| + |b|), element by element.
 *
 * @param exact against hand-derived derivatives, the worked example's known values and the
 *     reference interpreter's values; the default 1e-12 leaves room for a different summation
 *     order or a different libm, not for a wrong rule
 * @param finiteDifferences against fourth-order central differences of the reference
 *     interpreter (step 10⁻³·max(1, |xⱼ|)); their own error on the kit's graphs is 1.2e-10 at worst,
 *     and the default 1e-8 leaves a margin of nearly a hundred
 */
public record Tolerance(double exact, double finiteDifferences) {

    /** ρ ≤ 1e-12 against exact references, ρ ≤ 1e-8 against finite differences. */
    public static final Tolerance DEFAULT = new Tolerance(1e-12, 1e-8);

    public Tolerance {
        if (!(exact > 0 && exact < 1) || !(finiteDifferences > 0 && finiteDifferences < 1)) {
            throw new IllegalArgumentException("tolerances are values of ρ strictly between 0 and 1, got exact = "
                    + exact + ", finiteDifferences = " + finiteDifferences);
        }
    }

    /** This tolerance with another bound against exact references, e.g. for float kernels. */
    public Tolerance withExact(double bound) {
        return new Tolerance(bound, finiteDifferences);
    }

    /** This tolerance with another bound against finite differences. */
    public Tolerance withFiniteDifferences(double bound) {
        return new Tolerance(exact, bound);
    }
}
