package org.autodiffbench.api.primitives;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.autodiffbench.api.graph.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The work counts the engines report: positive for real work, and the textbook counts where there is one. */
class FlopCountsTest {

    static List<PrimitiveCase> arithmeticCases() {
        return PrimitiveCase.all().stream().filter(c -> !movesValues(c.primitive()) && !selects(c.primitive()))
                .toList();
    }

    static List<PrimitiveCase> movingCases() {
        return PrimitiveCase.all().stream().filter(c -> movesValues(c.primitive())).toList();
    }

    static List<PrimitiveCase> selectingCases() {
        return PrimitiveCase.all().stream().filter(c -> selects(c.primitive())).toList();
    }

    private static boolean movesValues(Primitive p) {
        return p instanceof Rearrangement;
    }

    private static boolean selects(Primitive p) {
        return p instanceof Select || p instanceof Compare;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arithmeticCases")
    void everyRuleCountsSomeWork(PrimitiveCase c) {
        Shape[] operands = c.operandShapes();
        Shape out = c.outputShape();
        assertThat(c.primitive().primalFlops(operands, out)).isPositive();
        for (int i = 0; i < c.arity(); i++) {
            assertThat(c.primitive().jvpFlops(operands, out, i)).as("jvp of operand %d", i).isPositive();
            assertThat(c.primitive().vjpFlops(operands, out, i)).as("vjp of operand %d", i).isPositive();
        }
    }

    /** A copy costs nothing; the VJP adds each element of ȳ into one place of one operand's adjoint. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("movingCases")
    void movingValuesCostsNothingButEachAdditionOfTheAdjointCounts(PrimitiveCase c) {
        Shape[] operands = c.operandShapes();
        Shape out = c.outputShape();
        assertThat(c.primitive().primalFlops(operands, out)).isZero();
        long additions = 0;
        for (int i = 0; i < c.arity(); i++) {
            assertThat(c.primitive().jvpFlops(operands, out, i)).as("jvp of operand %d", i).isZero();
            additions += c.primitive().vjpFlops(operands, out, i);
        }
        assertThat(additions).isEqualTo(out.size());
    }

    /** One comparison per element; a condition's derivative is zero, so no rule spends work on it. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("selectingCases")
    void selectionCountsOneComparisonPerElementAndNothingForAConditionsDerivative(PrimitiveCase c) {
        Shape[] operands = c.operandShapes();
        Shape out = c.outputShape();
        assertThat(c.primitive().primalFlops(operands, out)).isEqualTo(out.size());
        for (int i = 0; i < c.arity(); i++) {
            long expected = c.primitive() instanceof Select && i > 0 ? out.size() : 0;
            assertThat(c.primitive().jvpFlops(operands, out, i)).as("jvp of operand %d", i).isEqualTo(expected);
            assertThat(c.primitive().vjpFlops(operands, out, i)).as("vjp of operand %d", i).isEqualTo(expected);
        }
    }

    @Test
    void concatAddsIntoEachOperandItsOwnBlock() {
        Shape[] parts = {Shape.vector(2), Shape.scalar(), Shape.vector(4)};
        Concat concat = new Concat(3);
        Shape out = concat.shape(parts);
        assertThat(out).isEqualTo(Shape.vector(7));
        assertThat(concat.vjpFlops(parts, out, 0)).isEqualTo(2);
        assertThat(concat.vjpFlops(parts, out, 1)).isEqualTo(1);
        assertThat(concat.vjpFlops(parts, out, 2)).isEqualTo(4);
    }

    @Test
    void matvecCostsOneMultiplyAndOneAddPerMatrixElement() {
        Shape w = Shape.matrix(7, 3);
        Shape x = Shape.vector(3);
        assertThat(Primitives.MATVEC.primalFlops(new Shape[] {w, x}, Shape.vector(7))).isEqualTo(2L * 7 * 3);
    }

    @Test
    void matmulCostsTwoRKCPerProduct() {
        Shape[] operands = {Shape.matrix(7, 3), Shape.matrix(3, 5)};
        Shape out = Shape.matrix(7, 5);
        assertThat(Primitives.MATMUL.primalFlops(operands, out)).isEqualTo(2L * 7 * 3 * 5);
        assertThat(Primitives.MATMUL.jvpFlops(operands, out, 1)).isEqualTo(2L * 7 * 3 * 5);
        assertThat(Primitives.MATMUL.vjpFlops(operands, out, 0)).isEqualTo(2L * 7 * 3 * 5);
    }

    @Test
    void dotAndSumCountTheirElements() {
        Shape v = Shape.vector(9);
        assertThat(Primitives.DOT.primalFlops(new Shape[] {v, v}, Shape.scalar())).isEqualTo(18);
        assertThat(Primitives.SUM.primalFlops(new Shape[] {Shape.matrix(2, 5)}, Shape.scalar())).isEqualTo(10);
    }

    @Test
    void reductionsCountTheirElements() {
        Shape[] m = {Shape.matrix(2, 5)};
        Shape rows = Shape.vector(2);
        assertThat(Primitives.SUM_PER_ROW.primalFlops(m, rows)).isEqualTo(10);
        assertThat(Primitives.SUM_PER_COLUMN.vjpFlops(m, Shape.vector(5), 0)).isEqualTo(10);
        assertThat(Primitives.MAX_PER_ROW.primalFlops(m, rows)).isEqualTo(10);
        assertThat(Primitives.MAX_PER_ROW.vjpFlops(m, rows, 0)).isEqualTo(12);
        // Per element: compare, subtract, exp, add; per row: log1p, add.
        assertThat(Primitives.LOG_SUM_EXP_PER_ROW.primalFlops(m, rows)).isEqualTo(4 * 10 + 2 * 2);
        assertThat(Primitives.LOG_SUM_EXP.jvpFlops(m, Shape.scalar(), 0)).isEqualTo(4 * 10);
    }

    @Test
    void elementwiseWorkGrowsWithTheNumberOfElements() {
        Shape s = Shape.scalar();
        Shape m = Shape.matrix(3, 4);
        for (Primitive p : Primitives.all()) {
            if (p instanceof ElementwiseUnary) {
                assertThat(p.primalFlops(new Shape[] {m}, m)).as(p.describe())
                        .isEqualTo(12 * p.primalFlops(new Shape[] {s}, s));
                assertThat(p.vjpFlops(new Shape[] {m}, m, 0)).as(p.describe())
                        .isEqualTo(12 * p.vjpFlops(new Shape[] {s}, s, 0));
            } else if (p instanceof ElementwiseBinary) {
                assertThat(p.primalFlops(new Shape[] {s, m}, m)).as(p.describe())
                        .isEqualTo(12 * p.primalFlops(new Shape[] {s, s}, s));
            }
        }
    }

    @Test
    void aConstantCostsNothing() {
        Constant c = new Constant(Shape.vector(3), 1, 2, 3);
        assertThat(c.primalFlops(new Shape[0], Shape.vector(3))).isZero();
    }
}
