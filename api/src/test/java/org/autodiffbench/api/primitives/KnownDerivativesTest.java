package org.autodiffbench.api.primitives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.autodiffbench.api.graph.Shape;
import org.junit.jupiter.api.Test;

/** Values and derivatives of the primitives at points where they are known by hand. */
class KnownDerivativesTest {

    private static final Offset<Double> EXACT = within(1e-15);

    /** f'(x) of a unary primitive, from its JVP rule with tangent 1. */
    private static double derivative(Primitive p, double x) {
        double[][] operands = {{x}};
        double[] y = new double[1];
        p.primal(operands, y);
        double[] tangent = new double[1];
        p.jvp(operands, y, new double[][] {{1.0}}, tangent);
        return tangent[0];
    }

    /** ∂f/∂(operand i) of a binary primitive on scalars, from its VJP rule with adjoint 1. */
    private static double partial(Primitive p, double a, double b, int i) {
        double[][] operands = {{a}, {b}};
        double[] y = new double[1];
        p.primal(operands, y);
        double[][] adjoints = {new double[1], new double[1]};
        p.vjp(operands, y, new double[] {1.0}, adjoints);
        return adjoints[i][0];
    }

    private static double value(Primitive p, double... operands) {
        double[][] ops = new double[operands.length][];
        for (int i = 0; i < operands.length; i++) {
            ops[i] = new double[] {operands[i]};
        }
        double[] y = new double[1];
        p.primal(ops, y);
        return y[0];
    }

    @Test
    void elementaryFunctionsHaveTheirTextbookDerivatives() {
        double t = Math.tanh(0.5);
        assertThat(derivative(Primitives.TANH, 0.5)).isCloseTo(1 - t * t, EXACT);
        assertThat(derivative(Primitives.SIGMOID, 0.0)).isCloseTo(0.25, EXACT);
        double s = 1 / (1 + Math.exp(-1.0));
        assertThat(derivative(Primitives.SIGMOID, 1.0)).isCloseTo(s * (1 - s), EXACT);
        assertThat(derivative(Primitives.SQRT, 4.0)).isCloseTo(0.25, EXACT);
        assertThat(derivative(Primitives.LOG, 2.0)).isCloseTo(0.5, EXACT);
        assertThat(derivative(Primitives.EXP, 1.0)).isCloseTo(Math.E, within(1e-15 * Math.E));
        assertThat(derivative(Primitives.SIN, 0.3)).isCloseTo(Math.cos(0.3), EXACT);
        assertThat(derivative(Primitives.COS, 0.3)).isCloseTo(-Math.sin(0.3), EXACT);
        double c = Math.cos(0.7);
        assertThat(derivative(Primitives.TAN, 0.7)).isCloseTo(1 / (c * c), within(1e-14));
        assertThat(derivative(Primitives.SQUARE, -1.5)).isCloseTo(-3.0, EXACT);
        assertThat(derivative(Primitives.NEG, 42.0)).isCloseTo(-1.0, EXACT);
    }

    @Test
    void constantExponentPower() {
        assertThat(value(new PowConst(3.0), 2.0)).isCloseTo(8.0, EXACT);
        assertThat(derivative(new PowConst(3.0), 2.0)).isCloseTo(12.0, EXACT);
        assertThat(derivative(new PowConst(0.5), 4.0)).isCloseTo(0.25, EXACT);
        assertThat(derivative(new PowConst(-1.0), 2.0)).isCloseTo(-0.25, EXACT);
    }

    @Test
    void exponentZeroIsAConstantFunctionWithDerivativeZeroEvenAtZero() {
        assertThat(value(new PowConst(0.0), 2.0)).isEqualTo(1.0);
        assertThat(derivative(new PowConst(0.0), 2.0)).isEqualTo(0.0);
        // 0·0⁻¹ would be NaN; x⁰ = 1 everywhere, so the derivative is 0.
        assertThat(derivative(new PowConst(0.0), 0.0)).isEqualTo(0.0);
        assertThat(partial(Primitives.POW, 0.0, 0.0, 0)).isEqualTo(0.0);
    }

    @Test
    void variableExponentPower() {
        assertThat(value(Primitives.POW, 2.0, 3.0)).isCloseTo(8.0, EXACT);
        assertThat(partial(Primitives.POW, 2.0, 3.0, 0)).isCloseTo(12.0, EXACT);
        assertThat(partial(Primitives.POW, 2.0, 3.0, 1)).isCloseTo(8.0 * Math.log(2.0), within(1e-15 * 8));
        assertThat(partial(Primitives.POW, 0.5, -2.0, 1)).isCloseTo(4.0 * Math.log(0.5), within(1e-14));
        // 0ᵇ = 0 for every b > 0, so it does not change with b.
        assertThat(partial(Primitives.POW, 0.0, 2.0, 1)).isEqualTo(0.0);
    }

    @Test
    void arithmetic() {
        assertThat(partial(Primitives.ADD, 3, 4, 0)).isEqualTo(1.0);
        assertThat(partial(Primitives.ADD, 3, 4, 1)).isEqualTo(1.0);
        assertThat(partial(Primitives.SUB, 3, 4, 0)).isEqualTo(1.0);
        assertThat(partial(Primitives.SUB, 3, 4, 1)).isEqualTo(-1.0);
        assertThat(partial(Primitives.MUL, 3, 4, 0)).isEqualTo(4.0);
        assertThat(partial(Primitives.MUL, 3, 4, 1)).isEqualTo(3.0);
        assertThat(value(Primitives.DIV, 3, 4)).isEqualTo(0.75);
        assertThat(partial(Primitives.DIV, 3, 4, 0)).isEqualTo(0.25);
        assertThat(partial(Primitives.DIV, 3, 4, 1)).isEqualTo(-3.0 / 16);
    }

    @Test
    void aBroadcastScalarCollectsTheAdjointOfEveryElement() {
        double[][] operands = {{2.0}, {1.0, 2.0, 3.0}};
        double[] y = new double[3];
        Primitives.ADD.primal(operands, y);
        assertThat(y).containsExactly(3.0, 4.0, 5.0);

        double[][] adjoints = {new double[1], new double[3]};
        Primitives.ADD.vjp(operands, y, new double[] {1.0, 2.0, 3.0}, adjoints);
        assertThat(adjoints[0]).containsExactly(6.0);
        assertThat(adjoints[1]).containsExactly(1.0, 2.0, 3.0);

        double[][] scaled = {{1.0, 2.0, 3.0}, {2.0}};
        double[][] mulAdjoints = {new double[3], new double[1]};
        Primitives.MUL.vjp(scaled, new double[] {2.0, 4.0, 6.0}, new double[] {1.0, 1.0, 1.0}, mulAdjoints);
        assertThat(mulAdjoints[0]).containsExactly(2.0, 2.0, 2.0);
        assertThat(mulAdjoints[1]).containsExactly(6.0);
    }

    @Test
    void matvecByHand() {
        double[] w = {1, 2, 3, 4, 5, 6};
        double[] x = {1, 0, -1};
        double[][] operands = {w, x};
        double[] y = new double[2];
        Primitives.MATVEC.primal(operands, y);
        assertThat(y).containsExactly(-2.0, -2.0);

        double[] yDot = new double[2];
        Primitives.MATVEC.jvp(operands, y, new double[][] {null, {0, 1, 0}}, yDot);
        assertThat(yDot).containsExactly(2.0, 5.0);

        double[][] adjoints = {new double[6], new double[3]};
        Primitives.MATVEC.vjp(operands, y, new double[] {1, 2}, adjoints);
        assertThat(adjoints[0]).containsExactly(1, 0, -1, 2, 0, -2);
        assertThat(adjoints[1]).containsExactly(9, 12, 15);
    }

    @Test
    void matvecTangentOfBothOperandsByHand() {
        // Five rows: one block of four and one row after it. ẏ = Ẇ·x + W·ẋ, row i of W being (i, i + 1).
        double[] w = {0, 1, 1, 2, 2, 3, 3, 4, 4, 5};
        double[] x = {2, -1};
        double[] wDot = {1, 0, 0, 1, 1, 1, 0, 0, 2, 0};
        double[] xDot = {0, 1};
        double[] yDot = new double[5];
        Primitives.MATVEC.jvp(new double[][] {w, x}, new double[5], new double[][] {wDot, xDot}, yDot);
        assertThat(yDot).containsExactly(2 + 1, -1 + 2, 1 + 3, 0 + 4, 4 + 5);
        double[] noTangent = {7, 7, 7, 7, 7};
        Primitives.MATVEC.jvp(new double[][] {w, x}, new double[5], new double[][] {null, null}, noTangent);
        assertThat(noTangent).containsExactly(0, 0, 0, 0, 0);
    }

    @Test
    void matmulByHand() {
        double[] a = {1, 2, 3, 4, 5, 6};
        double[] b = {1, 0, 0, 1, -1, 2};
        double[][] operands = {a, b};
        double[] c = new double[4];
        Primitives.MATMUL.primal(operands, c);
        // [1 2 3; 4 5 6]·[1 0; 0 1; −1 2]
        assertThat(c).containsExactly(-2.0, 8.0, -2.0, 17.0);

        double[] cDot = new double[4];
        Primitives.MATMUL.jvp(operands, c, new double[][] {{0, 0, 1, 0, 0, 0}, null}, cDot);
        assertThat(cDot).containsExactly(-1.0, 2.0, 0.0, 0.0);

        double[][] adjoints = {new double[6], new double[6]};
        Primitives.MATMUL.vjp(operands, c, new double[] {1, 0, 0, 2}, adjoints);
        // Ā = C̄·Bᵀ = [1 0; 0 2]·[1 0 −1; 0 1 2], B̄ = Aᵀ·C̄ = [1 4; 2 5; 3 6]·[1 0; 0 2]
        assertThat(adjoints[0]).containsExactly(1, 0, -1, 0, 2, 4);
        assertThat(adjoints[1]).containsExactly(1, 8, 2, 10, 3, 12);
    }

    @Test
    void transposeAndBroadcastByHand() {
        double[] y = new double[6];
        new Transpose(2, 3).primal(new double[][] {{1, 2, 3, 4, 5, 6}}, y);
        assertThat(y).containsExactly(1, 4, 2, 5, 3, 6);
        double[] xBar = {1, 1, 1, 1, 1, 1};
        new Transpose(2, 3).vjp(new double[][] {{1, 2, 3, 4, 5, 6}}, y, new double[] {10, 20, 30, 40, 50, 60},
                new double[][] {xBar});
        assertThat(xBar).containsExactly(11, 31, 51, 21, 41, 61);

        double[] rows = new double[6];
        Broadcast.rows(2).primal(new double[][] {{1, 2, 3}}, rows);
        assertThat(rows).containsExactly(1, 2, 3, 1, 2, 3);
        double[] columns = new double[6];
        Broadcast.columns(2).primal(new double[][] {{1, 2, 3}}, columns);
        assertThat(columns).containsExactly(1, 1, 2, 2, 3, 3);

        double[] rowsBar = new double[3];
        Broadcast.rows(2).vjp(new double[][] {{1, 2, 3}}, rows, new double[] {1, 2, 3, 4, 5, 6},
                new double[][] {rowsBar});
        assertThat(rowsBar).containsExactly(5, 7, 9);
        double[] columnsBar = new double[3];
        Broadcast.columns(2).vjp(new double[][] {{1, 2, 3}}, columns, new double[] {1, 2, 3, 4, 5, 6},
                new double[][] {columnsBar});
        assertThat(columnsBar).containsExactly(3, 7, 11);
    }

    @Test
    void dotAndSumByHand() {
        double[][] operands = {{1, 2, 3}, {4, 5, 6}};
        double[] y = new double[1];
        Primitives.DOT.primal(operands, y);
        assertThat(y[0]).isEqualTo(32.0);
        double[][] adjoints = {new double[3], new double[3]};
        Primitives.DOT.vjp(operands, y, new double[] {2.0}, adjoints);
        assertThat(adjoints[0]).containsExactly(8, 10, 12);
        assertThat(adjoints[1]).containsExactly(2, 4, 6);

        double[] total = new double[1];
        Primitives.SUM.primal(new double[][] {{1, 2, 3, 4}}, total);
        assertThat(total[0]).isEqualTo(10.0);
        double[] sumBar = {1, 1, 1, 1};
        Primitives.SUM.vjp(new double[][] {{1, 2, 3, 4}}, total, new double[] {3.0}, new double[][] {sumBar});
        assertThat(sumBar).containsExactly(4, 4, 4, 4);
    }

    /** [[1, 5, 2], [4, 3, 6]] row-major. */
    private static final double[] TWO_BY_THREE = {1, 5, 2, 4, 3, 6};

    /** The reduction's value of {@code x}. */
    private static double[] reduce(Primitive p, double[] x, int outputs) {
        double[] y = new double[outputs];
        p.primal(new double[][] {x}, y);
        return y;
    }

    /** The reduction's VJP of {@code x} with output adjoint {@code yBar}, into zeros. */
    private static double[] reduceVjp(Primitive p, double[] x, double... yBar) {
        double[] xBar = new double[x.length];
        p.vjp(new double[][] {x}, reduce(p, x, yBar.length), yBar, new double[][] {xBar});
        return xBar;
    }

    /** The reduction's JVP at {@code x} along {@code xDot}. */
    private static double[] reduceJvp(Primitive p, double[] x, double[] xDot, int outputs) {
        double[] yDot = new double[outputs];
        p.jvp(new double[][] {x}, reduce(p, x, outputs), new double[][] {xDot}, yDot);
        return yDot;
    }

    @Test
    void sumsPerRowAndPerColumnOfATwoByThreeMatrixByHand() {
        assertThat(reduce(Primitives.SUM_PER_ROW, TWO_BY_THREE, 2)).containsExactly(8, 13);
        assertThat(reduce(Primitives.SUM_PER_COLUMN, TWO_BY_THREE, 3)).containsExactly(5, 8, 8);
        assertThat(reduceJvp(Primitives.SUM_PER_COLUMN, TWO_BY_THREE, new double[] {1, 2, 3, 10, 20, 30}, 3))
                .containsExactly(11, 22, 33);
        assertThat(reduceVjp(Primitives.SUM_PER_ROW, TWO_BY_THREE, 1, 2)).containsExactly(1, 1, 1, 2, 2, 2);
        assertThat(reduceVjp(Primitives.SUM_PER_COLUMN, TWO_BY_THREE, 1, 2, 3)).containsExactly(1, 2, 3, 1, 2, 3);
    }

    @Test
    void maximaOfATwoByThreeMatrixByHandWithTheAdjointOnTheLargestElement() {
        assertThat(reduce(Primitives.MAX, TWO_BY_THREE, 1)).containsExactly(6);
        assertThat(reduce(Primitives.MAX_PER_ROW, TWO_BY_THREE, 2)).containsExactly(5, 6);
        assertThat(reduce(Primitives.MAX_PER_COLUMN, TWO_BY_THREE, 3)).containsExactly(4, 5, 6);
        assertThat(reduceVjp(Primitives.MAX, TWO_BY_THREE, 7)).containsExactly(0, 0, 0, 0, 0, 7);
        assertThat(reduceVjp(Primitives.MAX_PER_ROW, TWO_BY_THREE, 1, 2)).containsExactly(0, 1, 0, 0, 0, 2);
        assertThat(reduceVjp(Primitives.MAX_PER_COLUMN, TWO_BY_THREE, 1, 2, 3)).containsExactly(0, 2, 0, 1, 0, 3);
        assertThat(reduceJvp(Primitives.MAX_PER_COLUMN, TWO_BY_THREE, new double[] {10, 20, 30, 40, 50, 60}, 3))
                .containsExactly(40, 20, 60);
    }

    @Test
    void aTiedMaximumGivesItsAdjointToTheFirstLargestElement() {
        assertThat(reduceVjp(Primitives.MAX, new double[] {2, 7, 7}, 1)).containsExactly(0, 1, 0);
        assertThat(reduceVjp(Primitives.MAX_PER_COLUMN, new double[] {3, 1, 3, 1}, 1, 1)).containsExactly(1, 1, 0, 0);
        assertThat(reduceJvp(Primitives.MAX_PER_ROW, new double[] {4, 4, 0, 9}, new double[] {1, 2, 3, 4}, 2))
                .containsExactly(1, 4);
    }

    @Test
    void aMaximumOverNaNIsNaN() {
        assertThat(reduce(Primitives.MAX, new double[] {1, Double.NaN, 3}, 1)[0]).isNaN();
        assertThat(reduce(Primitives.MAX, new double[] {Double.NaN, 1}, 1)[0]).isNaN();
    }

    @Test
    void logSumExpByHandWithSoftmaxWeights() {
        double[] x = {0, Math.log(3)};
        assertThat(reduce(Primitives.LOG_SUM_EXP, x, 1)[0]).isCloseTo(Math.log(4), EXACT);
        assertThat(reduceVjp(Primitives.LOG_SUM_EXP, x, 1.0)).containsExactly(new double[] {0.25, 0.75}, EXACT);
        assertThat(reduceJvp(Primitives.LOG_SUM_EXP, x, new double[] {4, 8}, 1)[0]).isCloseTo(7.0, within(1e-14));
    }

    /** Rows [0, ln 2, ln 5] and [ln 3, ln 3, ln 2] both sum to 8 under exp; the columns to 4, 5 and 7. */
    @Test
    void logSumExpPerRowAndPerColumnByHand() {
        double[] x = {0, Math.log(2), Math.log(5), Math.log(3), Math.log(3), Math.log(2)};
        assertThat(reduce(Primitives.LOG_SUM_EXP_PER_ROW, x, 2))
                .containsExactly(new double[] {Math.log(8), Math.log(8)}, EXACT);
        assertThat(reduceVjp(Primitives.LOG_SUM_EXP_PER_ROW, x, 1, 2))
                .containsExactly(new double[] {1 / 8.0, 2 / 8.0, 5 / 8.0, 6 / 8.0, 6 / 8.0, 4 / 8.0}, within(1e-15));
        assertThat(reduce(Primitives.LOG_SUM_EXP_PER_COLUMN, x, 3))
                .containsExactly(new double[] {Math.log(4), Math.log(5), Math.log(7)}, EXACT);
        assertThat(reduceVjp(Primitives.LOG_SUM_EXP_PER_COLUMN, x, 1, 1, 1))
                .containsExactly(new double[] {1 / 4.0, 2 / 5.0, 5 / 7.0, 3 / 4.0, 3 / 5.0, 2 / 7.0}, within(1e-15));
    }

    @Test
    void logSumExpNeitherOverflowsNorUnderflows() {
        assertThat(reduce(Primitives.LOG_SUM_EXP, new double[] {1000, 1000}, 1)[0]).isEqualTo(1000 + Math.log(2));
        assertThat(reduce(Primitives.LOG_SUM_EXP, new double[] {-1000, -1000}, 1)[0]).isEqualTo(-1000 + Math.log(2));
        // The weights exp(x − y) inherit y's rounding, half an ulp of 1000 ≈ 5.7e-14.
        assertThat(reduceVjp(Primitives.LOG_SUM_EXP, new double[] {1000, 1000}, 1.0))
                .containsExactly(new double[] {0.5, 0.5}, within(1e-13));
        assertThat(reduceVjp(Primitives.LOG_SUM_EXP, new double[] {-1000, -1000}, 1.0))
                .containsExactly(new double[] {0.5, 0.5}, within(1e-13));
        // ln(1 + e⁻⁴⁰) = e⁻⁴⁰ − e⁻⁸⁰/2: 1 + e⁻⁴⁰ rounds to 1, so only log1p of the rest keeps it.
        assertThat(reduce(Primitives.LOG_SUM_EXP, new double[] {0, -40}, 1)[0])
                .isCloseTo(Math.exp(-40), within(1e-15 * Math.exp(-40)));
        assertThat(reduce(Primitives.LOG_SUM_EXP, new double[] {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY}, 1))
                .containsExactly(Double.NEGATIVE_INFINITY);
        assertThat(reduce(Primitives.LOG_SUM_EXP, new double[] {1, Double.POSITIVE_INFINITY}, 1))
                .containsExactly(Double.POSITIVE_INFINITY);
    }

    @Test
    void minimumAndMaximumPassTheDerivativeToTheChosenOperandAndToTheFirstAtATie() {
        assertThat(value(Primitives.MINIMUM, 1, 3)).isEqualTo(1.0);
        assertThat(value(Primitives.MAXIMUM, 1, 3)).isEqualTo(3.0);
        assertThat(partial(Primitives.MINIMUM, 1, 3, 0)).isEqualTo(1.0);
        assertThat(partial(Primitives.MINIMUM, 1, 3, 1)).isEqualTo(0.0);
        assertThat(partial(Primitives.MAXIMUM, 1, 3, 0)).isEqualTo(0.0);
        assertThat(partial(Primitives.MAXIMUM, 1, 3, 1)).isEqualTo(1.0);
        for (Primitive p : new Primitive[] {Primitives.MINIMUM, Primitives.MAXIMUM}) {
            assertThat(partial(p, 2, 2, 0)).as(p.name()).isEqualTo(1.0);
            assertThat(partial(p, 2, 2, 1)).as(p.name()).isEqualTo(0.0);
        }
    }

    @Test
    void absHasTheSignAsDerivativeAndZeroAtZero() {
        assertThat(value(Primitives.ABS, -2.5)).isEqualTo(2.5);
        assertThat(derivative(Primitives.ABS, -2.5)).isEqualTo(-1.0);
        assertThat(derivative(Primitives.ABS, 3.0)).isEqualTo(1.0);
        assertThat(derivative(Primitives.ABS, 0.0)).isEqualTo(0.0);
    }

    @Test
    void log1pAndExpm1KeepTheDigitsOfSmallArguments() {
        assertThat(value(Primitives.LOG1P, 1e-20)).isEqualTo(1e-20);
        assertThat(value(Primitives.LOG1P, Math.E - 1)).isCloseTo(1.0, EXACT);
        assertThat(derivative(Primitives.LOG1P, 1.0)).isCloseTo(0.5, EXACT);
        assertThat(derivative(Primitives.LOG1P, -0.75)).isCloseTo(4.0, EXACT);
        assertThat(value(Primitives.EXPM1, 1e-20)).isEqualTo(1e-20);
        assertThat(value(Primitives.EXPM1, Math.log(3))).isCloseTo(2.0, EXACT);
        assertThat(derivative(Primitives.EXPM1, Math.log(3))).isCloseTo(3.0, within(1e-15 * 3));
        // y + 1 would be 0 here: expm1(−50) = −1 in doubles.
        assertThat(derivative(Primitives.EXPM1, -50)).isCloseTo(Math.exp(-50), within(1e-15 * Math.exp(-50)));
    }

    @Test
    void softplusIsFiniteAndExactFarOutAndItsDerivativeIsTheSigmoid() {
        assertThat(value(Primitives.SOFTPLUS, 0.0)).isCloseTo(Math.log(2), EXACT);
        assertThat(value(Primitives.SOFTPLUS, 800)).isEqualTo(800.0);
        assertThat(value(Primitives.SOFTPLUS, -800)).isEqualTo(Math.exp(-800)).isEqualTo(0.0);
        // ln(1 + e⁻³⁰) = e⁻³⁰(1 − e⁻³⁰/2 + …); ln of 1 + e⁻³⁰ computed directly keeps only 3 digits.
        assertThat(value(Primitives.SOFTPLUS, -30)).isCloseTo(Math.exp(-30), within(1e-13 * Math.exp(-30)));
        assertThat(value(Primitives.SOFTPLUS, 30)).isEqualTo(30 + Math.exp(-30));
        assertThat(derivative(Primitives.SOFTPLUS, 0.0)).isEqualTo(0.5);
        assertThat(derivative(Primitives.SOFTPLUS, 800)).isEqualTo(1.0);
        assertThat(derivative(Primitives.SOFTPLUS, -800)).isEqualTo(0.0);
        assertThat(derivative(Primitives.SOFTPLUS, -30)).isCloseTo(Math.exp(-30), within(1e-13 * Math.exp(-30)));
        for (double x : new double[] {-3.0, -0.4, 1.3, 5.0}) {
            assertThat(derivative(Primitives.SOFTPLUS, x)).as("x = %s", x)
                    .isCloseTo(value(Primitives.SIGMOID, x), within(1e-16));
        }
    }

    @Test
    void reshapeCopiesInRowMajorOrderAndItsAdjointAddsBack() {
        Reshape reshape = new Reshape(Shape.matrix(3, 2));
        double[][] operands = {{1, 2, 3, 4, 5, 6}};
        double[] y = new double[6];
        reshape.primal(operands, y);
        assertThat(y).containsExactly(1, 2, 3, 4, 5, 6);
        double[] xBar = {1, 1, 1, 1, 1, 1};
        reshape.vjp(operands, y, new double[] {1, 2, 3, 4, 5, 6}, new double[][] {xBar});
        assertThat(xBar).containsExactly(2, 3, 4, 5, 6, 7);
    }

    @Test
    void sliceByHand() {
        double[][] matrix = {{1, 2, 3, 4, 5, 6}};
        Slice lastRows = new Slice(1, 2);
        double[] y = new double[4];
        lastRows.primal(matrix, y);
        assertThat(y).containsExactly(3, 4, 5, 6);
        double[] yDot = new double[4];
        lastRows.jvp(matrix, y, new double[][] {{0, 0, 1, 0, 0, -1}}, yDot);
        assertThat(yDot).containsExactly(1, 0, 0, -1);
        double[] xBar = new double[6];
        lastRows.vjp(matrix, y, new double[] {1, 2, 3, 4}, new double[][] {xBar});
        assertThat(xBar).containsExactly(0, 0, 1, 2, 3, 4);

        double[] first = new double[1];
        new Slice(0, 1).primal(new double[][] {{7, 8, 9}}, first);
        assertThat(first).containsExactly(7);
    }

    @Test
    void gatherAddsTheAdjointOfARepeatedIndexOncePerPick() {
        Gather gather = new Gather(2, 0, 2);
        double[][] vector = {{10, 20, 30}};
        double[] y = new double[3];
        gather.primal(vector, y);
        assertThat(y).containsExactly(30, 10, 30);
        double[] xBar = new double[3];
        gather.vjp(vector, y, new double[] {1, 2, 3}, new double[][] {xBar});
        assertThat(xBar).containsExactly(2, 0, 4);

        Gather rows = new Gather(1, 1, 0);
        double[][] matrix = {{1, 2, 3, 4}};
        double[] picked = new double[6];
        rows.primal(matrix, picked);
        assertThat(picked).containsExactly(3, 4, 3, 4, 1, 2);
        double[] rowBar = new double[4];
        rows.vjp(matrix, picked, new double[] {1, 10, 2, 20, 5, 50}, new double[][] {rowBar});
        assertThat(rowBar).containsExactly(5, 50, 3, 30);
    }

    @Test
    void concatLaysItsPartsEndToEndAndHandsEachItsBlockOfTheAdjoint() {
        Concat concat = new Concat(3);
        double[][] operands = {{1, 2}, {3}, {4}};
        double[] y = new double[4];
        concat.primal(operands, y);
        assertThat(y).containsExactly(1, 2, 3, 4);
        double[] yDot = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        concat.jvp(operands, y, new double[][] {{1, 1}, null, {2}}, yDot);
        assertThat(yDot).containsExactly(1, 1, 0, 2);
        double[][] adjoints = {{1, 1}, null, {1}};
        concat.vjp(operands, y, new double[] {1, 2, 3, 4}, adjoints);
        assertThat(adjoints[0]).containsExactly(2, 3);
        assertThat(adjoints[2]).containsExactly(5);
    }

    @Test
    void selectPassesTheAdjointToTheBranchItTookAndNothingToTheCondition() {
        double[][] operands = {{1, 0, 2, -0.0}, {10, 20, 30, 40}, {5}};
        double[] y = new double[4];
        Primitives.SELECT.primal(operands, y);
        // Any nonzero condition takes the first branch; −0 is zero.
        assertThat(y).containsExactly(10, 5, 30, 5);
        double[] yDot = new double[4];
        Primitives.SELECT.jvp(operands, y, new double[][] {{100, 100, 100, 100}, {1, 2, 3, 4}, {9}}, yDot);
        assertThat(yDot).containsExactly(1, 9, 3, 9);
        double[][] adjoints = {{7, 7, 7, 7}, new double[4], new double[1]};
        Primitives.SELECT.vjp(operands, y, new double[] {1, 2, 3, 4}, adjoints);
        assertThat(adjoints[0]).containsExactly(7, 7, 7, 7);
        assertThat(adjoints[1]).containsExactly(1, 0, 3, 0);
        assertThat(adjoints[2]).containsExactly(6);
    }

    @Test
    void comparisonsGiveOneOrZeroAndAZeroDerivative() {
        assertThat(value(Primitives.GREATER, 2, 1)).isEqualTo(1.0);
        assertThat(value(Primitives.GREATER, 1, 1)).isEqualTo(0.0);
        assertThat(value(Primitives.GREATER_OR_EQUAL, 1, 1)).isEqualTo(1.0);
        assertThat(value(Primitives.GREATER_OR_EQUAL, 1, 2)).isEqualTo(0.0);
        assertThat(value(Primitives.EQUAL, 1, 1)).isEqualTo(1.0);
        assertThat(value(Primitives.EQUAL, 1, 2)).isEqualTo(0.0);

        double[][] operands = {{0.5}, {0.0, 1.0, 0.5}};
        double[] y = new double[3];
        Primitives.GREATER.primal(operands, y);
        assertThat(y).containsExactly(1, 0, 0);
        double[] yDot = {Double.NaN, Double.NaN, Double.NaN};
        Primitives.GREATER.jvp(operands, y, new double[][] {{1}, {1, 1, 1}}, yDot);
        assertThat(yDot).containsExactly(0, 0, 0);
        double[][] adjoints = {{5}, {6, 6, 6}};
        Primitives.GREATER.vjp(operands, y, new double[] {1, 1, 1}, adjoints);
        assertThat(adjoints[0]).containsExactly(5);
        assertThat(adjoints[1]).containsExactly(6, 6, 6);
    }

    @Test
    void constantWritesItsValueAndCopiesIt() {
        double[] source = {1.5, -2.0};
        Constant c = new Constant(Shape.vector(2), source);
        source[0] = 99;
        double[] out = new double[2];
        c.primal(new double[0][], out);
        assertThat(out).containsExactly(1.5, -2.0);
        assertThat(c.value()).containsExactly(1.5, -2.0);
    }

    /** Like {@code pow_const[3.0]}: the name, then the parameter in brackets. */
    @Test
    void constantDescribesItselfByNameAndParameter() {
        assertThat(new Constant(Shape.scalar(), 2.5).describe()).isEqualTo("const[2.5]");
        assertThat(new Constant(Shape.vector(2), 1.5, -2.0).describe()).isEqualTo("const[vector[2]]");
        assertThat(new PowConst(3.0).describe()).isEqualTo("pow_const[3.0]");
        assertThat(new Slice(1, 2).describe()).isEqualTo("slice[1, 2]");
        assertThat(new Gather(2, 0, 2).describe()).isEqualTo("gather[2, 0, 2]");
        assertThat(new Concat(3).describe()).isEqualTo("concat[3]");
        assertThat(new Reshape(Shape.matrix(3, 2)).describe()).isEqualTo("reshape[matrix[3×2]]");
        assertThat(Primitives.GREATER_OR_EQUAL.describe()).isEqualTo("compare[greater_or_equal]");
    }
}
