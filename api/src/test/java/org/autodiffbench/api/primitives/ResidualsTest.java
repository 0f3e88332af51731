package org.autodiffbench.api.primitives;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A reverse engine stores only what {@link Primitive#residuals()} names, so a VJP rule must give
 * the same adjoints when everything else is garbage.
 */
class ResidualsTest {

    static List<PrimitiveCase> cases() {
        return PrimitiveCase.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void vjpReadsOnlyTheDeclaredResiduals(PrimitiveCase c) {
        Random random = new Random(c.seed());
        double[][] x = c.samplePoint(random);
        double[] y = c.primal(x);
        double[] u = c.sampleOutputAdjoint(random);
        double[][] expected = c.vjp(x, u);

        Residuals residuals = c.primitive().residuals();
        double[][] operands = nanLike(x);
        for (int i = 0; i < x.length; i++) {
            if (c.primitive().vjpReadsOperand(i)) {
                operands[i] = x[i];
            }
        }
        double[] out = residuals.readsOutput() ? y : nanLike(new double[][] {y})[0];
        double[][] adjoints = new double[c.arity()][];
        for (int i = 0; i < adjoints.length; i++) {
            adjoints[i] = new double[x[i].length];
        }
        c.primitive().vjp(operands, out, u, adjoints);

        for (int i = 0; i < adjoints.length; i++) {
            assertThat(adjoints[i]).as("%s declares %s; adjoint of operand %d", c, residuals, i)
                    .containsExactly(expected[i]);
        }
    }

    private static double[][] nanLike(double[][] a) {
        double[][] nan = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            nan[i] = new double[a[i].length];
            Arrays.fill(nan[i], Double.NaN);
        }
        return nan;
    }
}
