package org.autodiffbench.api.adjoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation of the adjoint matrices agrees with the same product written out entry by entry
 * on plain m × c arrays: column scalings and products of diagonal, scaled and dense sources into a
 * dense target (its first contribution of a sweep overwriting, the next adding, with rows of its
 * own or bound into a wider matrix), and the structured targets' own operations.
 */
class AdjointMatrixTest {

    private static final double BOUND = 1e-13;

    static Stream<Arguments> sizes() {
        // m outputs, c columns of the target, R rows of a product's W, the first row of a structured source.
        return Stream.of(Arguments.of(5, 3, 2, 1), Arguments.of(4, 4, 4, 0), Arguments.of(9, 13, 5, 4),
                Arguments.of(1, 7, 1, 0), Arguments.of(17, 2, 11, 6));
    }

    /** A structured source and the dense matrix it stands for. */
    private record Source(AdjointMatrix matrix, double[] expected) {
    }

    private static double[] uniform(Random random, int size) {
        return random.doubles(size, -1, 1).toArray();
    }

    /** d at (row + k, k), built as a seed scaled by d. */
    private static Source diagonal(Random random, int m, int c, int row) {
        DiagonalAdjoint seed = new DiagonalAdjoint(m, c, row);
        seed.clear();
        seed.addIdentity(row);
        DiagonalAdjoint matrix = new DiagonalAdjoint(m, c, row);
        matrix.clear();
        double[] d = uniform(random, c);
        matrix.addScaledColumns(seed, d, 0);
        double[] expected = new double[m * c];
        for (int k = 0; k < c; k++) {
            expected[(row + k) * c + k] = d[k];
        }
        return new Source(matrix, expected);
    }

    /** diag(r)·W·diag(s) in rows [row, row + R), W an R × c matrix read at an offset. */
    private static Source scaled(Random random, int m, int c, int productRows, int row) {
        Source r = diagonal(random, m, productRows, row);
        int wOffset = 3;
        double[] w = uniform(random, wOffset + productRows * c);
        ScaledAdjoint product = new ScaledAdjoint(m, c, productRows);
        product.clear();
        product.addProduct(r.matrix(), w, wOffset);
        double[] s = uniform(random, 2 + c);
        ScaledAdjoint matrix = new ScaledAdjoint(m, c, productRows);
        matrix.clear();
        matrix.addScaledColumns(product, s, 2);
        double[] expected = new double[m * c];
        for (int k = 0; k < productRows; k++) {
            for (int j = 0; j < c; j++) {
                expected[(row + k) * c + j] = r.expected()[(row + k) * productRows + k] * w[wOffset + k * c + j] * s[2 + j];
            }
        }
        return new Source(matrix, expected);
    }

    /**
     * A sum of three scaled terms, diag(r₁)·W₁ and diag(r₃)·W₃ in rows [row, row + R) and
     * diag(r₂)·W₂ in rows [0, R₂), then scaled by diag(s): what an input used by three
     * matrix–vector products gets. Rows are covered by none, one, two or three terms.
     */
    private static Source scaledSum(Random random, int m, int c, int productRows, int row) {
        int[] termRows = {productRows, Math.max(1, m - 1), productRows};
        int[] firstRows = {row, 0, row};
        ScaledAdjoint sum = new ScaledAdjoint(m, c, termRows);
        sum.clear();
        double[][] diagonals = new double[3][];
        double[][] matrices = new double[3][];
        for (int t = 0; t < 3; t++) {
            Source r = diagonal(random, m, termRows[t], firstRows[t]);
            diagonals[t] = r.expected();
            matrices[t] = uniform(random, t + termRows[t] * c);
            sum.addProduct(r.matrix(), matrices[t], t);
        }
        double[] s = uniform(random, c);
        ScaledAdjoint matrix = new ScaledAdjoint(m, c, termRows);
        matrix.clear();
        matrix.addScaledColumns(sum, s, 0);
        double[] expected = new double[m * c];
        for (int t = 0; t < 3; t++) {
            for (int k = 0; k < termRows[t]; k++) {
                double r = diagonals[t][(firstRows[t] + k) * termRows[t] + k];
                for (int j = 0; j < c; j++) {
                    expected[(firstRows[t] + k) * c + j] += r * matrices[t][t + k * c + j] * s[j];
                }
            }
        }
        return new Source(matrix, expected);
    }

    /** A dense matrix with no structure: the sum of two scaled ones of different rows. */
    private static Source dense(Random random, int m, int c, int productRows, int row) {
        Source a = scaled(random, m, c, productRows, row);
        Source b = scaled(random, m, c, Math.min(productRows, m), 0);
        DenseAdjoint matrix = new DenseAdjoint(m, c, productRows, true);
        matrix.clear();
        double[] ones = new double[c];
        java.util.Arrays.fill(ones, 1.0);
        matrix.addScaledColumns(a.matrix(), ones, 0);
        matrix.addScaledColumns(b.matrix(), ones, 0);
        double[] expected = a.expected().clone();
        for (int i = 0; i < expected.length; i++) {
            expected[i] += b.expected()[i];
        }
        return new Source(matrix, expected);
    }

    /** One source of each form: a diagonal as wide as fits, a scaled term, a sum of three, a dense matrix. */
    private static Source[] everyForm(Random random, int m, int c, int productRows, int row) {
        return new Source[] {diagonal(random, m, Math.min(c, m - row), row), scaled(random, m, c, productRows, row),
                scaledSum(random, m, c, productRows, row), dense(random, m, c, productRows, row)};
    }

    private static double[] written(AdjointMatrix matrix) {
        double[] out = new double[matrix.outputs() * matrix.columns()];
        java.util.Arrays.fill(out, Double.NaN);
        matrix.writeInto(out, matrix.columns(), 0);
        return out;
    }

    private static void assertClose(String what, double[] actual, double[] expected) {
        assertThat(actual).as(what).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertThat(Math.abs(actual[i] - expected[i])).as("%s entry %d: %s vs %s", what, i, actual[i], expected[i])
                    .isLessThanOrEqualTo(BOUND);
        }
    }

    @ParameterizedTest(name = "m = {0}, c = {1}, R = {2}, row {3}")
    @MethodSource("sizes")
    void eachFormWritesTheMatrixItStandsFor(int m, int c, int productRows, int row) {
        Random random = new Random(m * 31L + c);
        for (Source source : everyForm(random, m, c, productRows, row)) {
            assertClose(source.matrix().form() + " written whole", written(source.matrix()), source.expected());
        }
    }

    @ParameterizedTest(name = "m = {0}, c = {1}, R = {2}, row {3}")
    @MethodSource("sizes")
    void aDenseTargetTakesColumnScalingsOfEveryForm(int m, int c, int productRows, int row) {
        Random random = new Random(m * 37L + c);
        for (Source source : everyForm(random, m, c, productRows, row)) {
            int columns = source.matrix().columns();
            double[] s1 = uniform(random, columns);
            double[] s2 = uniform(random, columns + 4);
            double[] expected = new double[m * columns];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < columns; j++) {
                    expected[i * columns + j] = source.expected()[i * columns + j] * (s1[j] + s2[4 + j]);
                }
            }
            onBothStorages(source.matrix().form() + "·diag(s), twice", columns, columns, expected, random, target -> {
                target.addScaledColumns(source.matrix(), s1, 0);
                target.addScaledColumns(source.matrix(), s2, 4);
            });
        }
    }

    @ParameterizedTest(name = "m = {0}, c = {1}, R = {2}, row {3}")
    @MethodSource("sizes")
    void aDenseTargetTakesProductsOfEveryForm(int m, int c, int productRows, int row) {
        Random random = new Random(m * 41L + c);
        int columns = c + 1;
        for (Source source : everyForm(random, m, c, productRows, row)) {
            int sourceColumns = source.matrix().columns();
            int wOffset = 5;
            double[] w1 = uniform(random, wOffset + sourceColumns * columns);
            double[] w2 = uniform(random, sourceColumns * columns);
            double[] expected = new double[m * columns];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < columns; j++) {
                    double sum = 0;
                    for (int k = 0; k < sourceColumns; k++) {
                        double a = source.expected()[i * sourceColumns + k];
                        sum += a * w1[wOffset + k * columns + j] + a * w2[k * columns + j];
                    }
                    expected[i * columns + j] = sum;
                }
            }
            onBothStorages(source.matrix().form() + "·W, twice", columns, sourceColumns, expected, random, target -> {
                target.addProduct(source.matrix(), w1, wOffset);
                target.addProduct(source.matrix(), w2, 0);
            });
        }
    }

    /**
     * Makes the contributions to a cleared dense target with rows of its own, and to one bound into
     * a wider matrix, and checks both against the expected m × c matrix.
     */
    private static void onBothStorages(String what, int columns, int scratchLength, double[] expected, Random random,
                                       Consumer<DenseAdjoint> contributions) {
        int m = expected.length / columns;
        for (boolean bound : new boolean[] {false, true}) {
            DenseAdjoint target = new DenseAdjoint(m, columns, scratchLength, !bound);
            Wide wide = bound ? Wide.bind(target, m, columns, random) : null;
            target.clear();
            contributions.accept(target);
            String label = "dense" + (bound ? " bound" : "") + " += " + what;
            assertClose(label, bound ? wide.read(m, columns) : written(target), expected);
            if (bound) {
                wide.assertUntouchedOutside(label);
            }
        }
    }

    @ParameterizedTest(name = "m = {0}, c = {1}, R = {2}, row {3}")
    @MethodSource("sizes")
    void seedsAddTheIdentityAtTheirRows(int m, int c, int productRows, int row) {
        int columns = Math.min(c, m - row);
        DenseAdjoint dense = new DenseAdjoint(m, columns, columns, true);
        DiagonalAdjoint diagonal = new DiagonalAdjoint(m, columns, row);
        double[] expected = new double[m * columns];
        for (int k = 0; k < columns; k++) {
            expected[(row + k) * columns + k] = 2.0;
        }
        for (AdjointMatrix matrix : new AdjointMatrix[] {dense, diagonal}) {
            matrix.clear();
            matrix.addIdentity(row);
            matrix.addIdentity(row);
            assertClose(matrix.form() + " seeded twice", written(matrix), expected);
        }
    }

    @ParameterizedTest(name = "m = {0}, c = {1}, R = {2}, row {3}")
    @MethodSource("sizes")
    void aClearedMatrixIsZero(int m, int c, int productRows, int row) {
        Random random = new Random(m * 43L + c);
        for (Source source : everyForm(random, m, c, productRows, row)) {
            source.matrix().clear();
            assertClose(source.matrix().form() + " cleared", written(source.matrix()),
                    new double[m * source.matrix().columns()]);
        }
    }

    @ParameterizedTest(name = "m = {0}, c = {1}, R = {2}, row {3}")
    @MethodSource("sizes")
    void structuredTargetsRefuseWhatWouldBreakTheirStructure(int m, int c, int productRows, int row) {
        Random random = new Random(m * 47L + c);
        Source dense = dense(random, m, c, productRows, row);
        Source scaled = scaled(random, m, c, productRows, row);
        double[] scales = new double[c];
        DiagonalAdjoint diagonal = new DiagonalAdjoint(m, Math.min(c, m - row), row);
        assertThatThrownBy(() -> diagonal.addScaledColumns(dense.matrix(), scales, 0))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("planned the forms wrongly");
        ScaledAdjoint target = new ScaledAdjoint(m, c, productRows);
        target.clear();
        target.addScaledColumns(scaled.matrix(), scales, 0);
        assertThatThrownBy(() -> target.addScaledColumns(scaled.matrix(), scales, 0))
                .as("a contribution past the planned terms of a scaled matrix").isInstanceOf(IllegalStateException.class);
        ScaledAdjoint otherRows = new ScaledAdjoint(m, c, productRows + 1);
        otherRows.clear();
        assertThatThrownBy(() -> otherRows.addScaledColumns(scaled.matrix(), scales, 0))
                .as("a term of other rows than planned").isInstanceOf(IllegalStateException.class);
    }

    /** A wider matrix whose columns [2, 2 + c) a dense target is bound to; the rest holds markers. */
    private record Wide(double[] array, double[] before, int width) {

        static Wide bind(DenseAdjoint target, int m, int columns, Random random) {
            int width = columns + 5;
            double[] array = uniform(random, m * width);
            target.bind(array, 2, width);
            return new Wide(array, array.clone(), width);
        }

        double[] read(int m, int columns) {
            double[] out = new double[m * columns];
            for (int i = 0; i < m; i++) {
                System.arraycopy(array, i * width + 2, out, i * columns, columns);
            }
            return out;
        }

        void assertUntouchedOutside(String what) {
            int columns = width - 5;
            for (int index = 0; index < array.length; index++) {
                int j = index % width;
                if (j < 2 || j >= 2 + columns) {
                    assertThat(array[index]).as("%s: entry %d outside the bound columns", what, index)
                            .isEqualTo(before[index]);
                }
            }
        }
    }
}
