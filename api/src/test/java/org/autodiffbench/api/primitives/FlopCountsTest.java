package org.autodiffbench.api.primitives;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.autodiffbench.api.graph.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The work counts the engines report: positive for real work, and the textbook counts where there is one. */
class FlopCountsTest {

    static List<PrimitiveCase> cases() {
        return PrimitiveCase.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyRuleCountsSomeWork(PrimitiveCase c) {
        Shape[] operands = c.operandShapes();
        Shape out = c.outputShape();
        assertThat(c.primitive().primalFlops(operands, out)).isPositive();
        for (int i = 0; i < c.arity(); i++) {
            assertThat(c.primitive().jvpFlops(operands, out, i)).as("jvp of operand %d", i).isPositive();
            assertThat(c.primitive().vjpFlops(operands, out, i)).as("vjp of operand %d", i).isPositive();
        }
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
