package org.autodiffbench.api.primitives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.autodiffbench.api.graph.Shape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Gather's VJP is the transpose of its primal: for y = G·x, the scatter-add x̄ = Gᵀ·ȳ satisfies
 * ⟨G·x, ȳ⟩ = ⟨x, Gᵀ·ȳ⟩ for every x and ȳ, repeated indices included.
 */
class GatherTest {

    @ParameterizedTest(name = "gather[{1}] of {0} rows of width {2}")
    @CsvSource(delimiter = ';', value = {
        "5; 4 4 0 2 4 1; 1",
        "3; 2 2 2; 1",
        "3; 0 2 0 1 0; 4",
        "1; 0 0; 3"})
    void scatterAddIsTheTransposeOfThePick(int rows, String indexList, int width) {
        int[] indices = Arrays.stream(indexList.split(" ")).mapToInt(Integer::parseInt).toArray();
        Shape shape = width == 1 ? Shape.vector(rows) : Shape.matrix(rows, width);
        PrimitiveCase c = new PrimitiveCase(new Gather(indices), List.of(shape), List.of(Domain.between(-1, 1)));
        Random random = new Random(c.seed());
        for (int trial = 0; trial < 10; trial++) {
            double[][] x = c.samplePoint(random);
            double[] yBar = c.sampleOutputAdjoint(random);

            double[] xBar = c.vjp(x, yBar)[0];

            assertThat(inner(x[0], xBar)).as("<x, Gᵀ·ȳ>").isCloseTo(inner(c.primal(x), yBar), within(1e-13));
        }
    }

    private static double inner(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }
}
