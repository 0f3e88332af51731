package org.autodiffbench.reference.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.autodiffbench.api.primitives.OperandLayout;
import org.autodiffbench.api.primitives.PrimitiveCase;
import org.autodiffbench.reference.CentralDifference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every primitive's JVP and VJP rules, at seeded random points inside its domain, against central
 * finite differences of its own primal kernel, (f(x + h·v) − f(x − h·v)) / 2h with all operands
 * moved at once, and against each other by the dot-product test ⟨ū, J·v̇⟩ = ⟨Jᵀ·ū, v̇⟩
 * (Griewank and Walther, Evaluating Derivatives, 2nd ed., SIAM 2008, chapter 3).
 */
class DerivativeRulesTest {

    private static final int POINTS = 5;
    private static final double FD_TOLERANCE = 1e-6;
    private static final double TRANSPOSE_TOLERANCE = 1e-12;

    static List<PrimitiveCase> cases() {
        return PrimitiveCase.all();
    }

    static Stream<PrimitiveCase> binaryCases() {
        return cases().stream().filter(c -> c.arity() == 2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void jvpMatchesFiniteDifferences(PrimitiveCase c) {
        Random random = new Random(c.seed());
        for (int p = 0; p < POINTS; p++) {
            double[][] x = c.samplePoint(random);
            double[][] v = c.sampleDirection(random);
            double[] expected = centralDifference(c, x, v);
            double[] actual = c.jvp(x, v);
            for (int k = 0; k < actual.length; k++) {
                assertThat(actual[k]).as("%s at %s along %s, element %d", c, Arrays.deepToString(x),
                                Arrays.deepToString(v), k)
                        .isCloseTo(expected[k], within(FD_TOLERANCE * Math.max(1, Math.abs(expected[k]))));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void vjpMatchesFiniteDifferences(PrimitiveCase c) {
        Random random = new Random(c.seed());
        for (int p = 0; p < POINTS; p++) {
            double[][] x = c.samplePoint(random);
            double[][] v = c.sampleDirection(random);
            double[] u = c.sampleOutputAdjoint(random);
            double expected = inner(u, centralDifference(c, x, v));
            double actual = inner(c.vjp(x, u), v);
            assertThat(actual).as("<VJP(u), v> of %s at %s", c, Arrays.deepToString(x))
                    .isCloseTo(expected, within(FD_TOLERANCE * Math.max(1, Math.abs(expected))));
        }
    }

    /** The dot-product test: ⟨ū, J·v̇⟩ = ⟨Jᵀ·ū, v̇⟩ up to rounding, as the two rules share one Jacobian. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void jvpAndVjpAreTransposesOfEachOther(PrimitiveCase c) {
        Random random = new Random(c.seed());
        for (int p = 0; p < POINTS; p++) {
            double[][] x = c.samplePoint(random);
            double[][] v = c.sampleDirection(random);
            double[] u = c.sampleOutputAdjoint(random);
            double forward = inner(u, c.jvp(x, v));
            double reverse = inner(c.vjp(x, u), v);
            assertThat(forward).as("<u, JVP(v)> of %s", c).isFinite();
            double scale = Math.max(1, Math.max(Math.abs(forward), Math.abs(reverse)));
            assertThat(reverse).as("%s at %s", c, Arrays.deepToString(x))
                    .isCloseTo(forward, within(TRANSPOSE_TOLERANCE * scale));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void vjpAddsToWhatTheAdjointsAlreadyHold(PrimitiveCase c) {
        Random random = new Random(c.seed());
        double[][] x = c.samplePoint(random);
        double[] u = c.sampleOutputAdjoint(random);
        double[][] contribution = c.vjp(x, u);
        double[][] before = c.sampleDirection(random);
        double[][] adjoints = deepCopy(before);

        c.primitive().vjp(x, c.primal(x), u, adjoints);

        for (int i = 0; i < adjoints.length; i++) {
            for (int k = 0; k < adjoints[i].length; k++) {
                double expected = before[i][k] + contribution[i][k];
                assertThat(adjoints[i][k]).as("%s operand %d element %d", c, i, k)
                        .isCloseTo(expected, within(1e-12 * Math.max(1, Math.abs(expected))));
            }
        }
    }

    /** Every combination of overwritten and accumulated operands, with NaN where an overwrite must not read. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void vjpAssignOverwritesTheMarkedAdjointsAndAddsToTheRest(PrimitiveCase c) {
        Random random = new Random(c.seed());
        double[][] x = c.samplePoint(random);
        double[] y = c.primal(x);
        double[] u = c.sampleOutputAdjoint(random);
        double[][] contribution = c.vjp(x, u);
        double[][] before = c.sampleDirection(random);
        for (int mask = 0; mask < 1 << c.arity(); mask++) {
            boolean[] assign = new boolean[c.arity()];
            double[][] adjoints = deepCopy(before);
            for (int i = 0; i < c.arity(); i++) {
                assign[i] = (mask & 1 << i) != 0;
                if (assign[i]) {
                    java.util.Arrays.fill(adjoints[i], Double.NaN);
                }
            }
            c.primitive().vjpAssign(x, OperandLayout.whole(x), y, u, adjoints, assign);
            for (int i = 0; i < c.arity(); i++) {
                for (int k = 0; k < adjoints[i].length; k++) {
                    double expected = (assign[i] ? 0.0 : before[i][k]) + contribution[i][k];
                    assertThat(adjoints[i][k]).as("%s operand %d element %d, assign %s", c, i, k, assign[i])
                            .isCloseTo(expected, within(1e-12 * Math.max(1, Math.abs(expected))));
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void vjpSkipsNullAdjoints(PrimitiveCase c) {
        Random random = new Random(c.seed());
        double[][] x = c.samplePoint(random);
        double[] y = c.primal(x);
        double[] u = c.sampleOutputAdjoint(random);
        double[][] all = c.vjp(x, u);

        assertThatCode(() -> c.primitive().vjp(x, y, u, new double[c.arity()][])).doesNotThrowAnyException();
        for (int i = 0; i < c.arity(); i++) {
            double[][] only = new double[c.arity()][];
            only[i] = new double[all[i].length];
            c.primitive().vjp(x, y, u, only);
            assertThat(only[i]).as("%s, adjoint of operand %d alone", c, i).containsExactly(all[i]);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("binaryCases")
    void jvpTreatsANullTangentAsZero(PrimitiveCase c) {
        Random random = new Random(c.seed());
        double[][] x = c.samplePoint(random);
        double[][] v = c.sampleDirection(random);
        for (int i = 0; i < 2; i++) {
            double[][] withNull = v.clone();
            withNull[i] = null;
            double[][] withZero = v.clone();
            withZero[i] = new double[v[i].length];
            assertThat(c.jvp(x, withNull)).as("%s with tangent %d null", c, i)
                    .containsExactly(c.jvp(x, withZero), within(1e-15));
        }
    }

    /** J·v of the primal kernel by a central difference, the operands laid end to end as one point. */
    private static double[] centralDifference(PrimitiveCase c, double[][] x, double[][] v) {
        return CentralDifference.directionalDerivative(point -> c.primal(split(point, x)), concatenate(x),
                concatenate(v));
    }

    private static double[] concatenate(double[][] operands) {
        return Stream.of(operands).flatMapToDouble(Arrays::stream).toArray();
    }

    /** The point cut into arrays of the operands' lengths. */
    private static double[][] split(double[] point, double[][] likeOperands) {
        double[][] operands = new double[likeOperands.length][];
        int at = 0;
        for (int i = 0; i < operands.length; i++) {
            operands[i] = Arrays.copyOfRange(point, at, at + likeOperands[i].length);
            at += operands[i].length;
        }
        return operands;
    }

    private static double inner(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }

    private static double inner(double[][] a, double[][] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += inner(a[i], b[i]);
        }
        return s;
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] copy = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            copy[i] = a[i].clone();
        }
        return copy;
    }
}
