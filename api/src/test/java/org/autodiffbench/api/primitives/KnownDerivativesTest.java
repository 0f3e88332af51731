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
    }
}
