package org.autodiffbench.tck;

import java.util.List;
import java.util.Map;
import org.autodiffbench.models.ModelFamily;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The family conformance kit: what every {@link ModelFamily} must do, as a JUnit 5 test class
 * that a family's own build subclasses by saying which family to test.
 *
 * <pre>{@code
 * class MyFamilyConformanceTest extends ModelFamilyConformanceTest {
 *     protected ModelFamily family() { return new MyFamily(); }
 * }
 * }</pre>
 *
 * <p>It checks that sizes just outside the family's range are refused with an
 * IllegalArgumentException that names the range, and that the range's ends and the sizes of
 * {@link #sizes()} are built at the size asked, with a parameter count (and footprint, when the
 * family declares one) that matches the graph; that the same seed gives the same graph and point
 * and another seed another point; that the output is finite at the point; and that the
 * hand-written derivative, when there is one, agrees with the reference interpreter to
 * ρ ≤ 1e-10 in every operator it offers (value, gradient, Jacobian).
 */
public abstract class ModelFamilyConformanceTest {

    /** The family under test. */
    protected abstract ModelFamily family();

    /** The sizes the model checks build; the smallest three of the range unless overridden. */
    protected List<Integer> sizes() {
        return FamilyChecks.smallSizes(family().sizes());
    }

    /** The options the checks build with; the defaults alone unless overridden. */
    protected List<Map<String, String>> optionSets() {
        return List.of(Map.of());
    }

    /** Does another seed give another point? Override with false for a family that ignores its seed. */
    protected boolean seedMovesThePoint() {
        return true;
    }

    @TestFactory
    List<DynamicTest> sizesOutsideTheRangeAreRefusedAndItsEndsAreBuilt() {
        return checks().rangeChecks();
    }

    @TestFactory
    List<DynamicTest> eachModelIsSizedDeterministicFiniteAndItsHandDerivativeAgrees() {
        FamilyChecks checks = checks();
        return optionSets().stream()
                .flatMap(options -> sizes().stream().flatMap(size -> checks.modelChecks(size, options).stream()))
                .toList();
    }

    private FamilyChecks checks() {
        return new FamilyChecks(family(), sizes(), optionSets(), seedMovesThePoint());
    }
}
