package org.autodiffbench.api.primitives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.autodiffbench.api.graph.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The primitives' shape rules: what they accept, what they return, and how they refuse. */
class ShapeRulesTest {

    private static final Shape SCALAR = Shape.scalar();

    static List<Primitive> primitives() {
        return Primitives.all();
    }

    static List<Primitive> elementwiseBinary() {
        return Primitives.all().stream().filter(p -> p instanceof ElementwiseBinary || p instanceof Compare).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("primitives")
    void wrongOperandCountIsRefusedInThePrimitivesName(Primitive p) {
        Shape[] oneTooMany = new Shape[p.arity() + 1];
        Arrays.fill(oneTooMany, Shape.vector(2));
        assertThatThrownBy(() -> p.shape(oneTooMany))
                .isInstanceOf(ShapeException.class)
                .hasMessage(p.name() + ": takes " + p.arity() + " operand(s), got " + (p.arity() + 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("elementwiseBinary")
    void elementwiseBinaryBroadcastsOnlyAScalar(Primitive p) {
        Shape v = Shape.vector(3);
        Shape m = Shape.matrix(3, 2);
        assertThat(p.shape(SCALAR, SCALAR)).isEqualTo(SCALAR);
        assertThat(p.shape(SCALAR, v)).isEqualTo(v);
        assertThat(p.shape(v, SCALAR)).isEqualTo(v);
        assertThat(p.shape(v, v)).isEqualTo(v);
        assertThat(p.shape(m, SCALAR)).isEqualTo(m);
        assertThat(p.shape(SCALAR, m)).isEqualTo(m);
        assertThat(p.shape(m, m)).isEqualTo(m);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("elementwiseBinary")
    void elementwiseBinaryRefusesMismatchedShapes(Primitive p) {
        assertThatThrownBy(() -> p.shape(Shape.vector(3), Shape.vector(4)))
                .isInstanceOf(ShapeException.class)
                .hasMessage(p.name() + ": second operand vector[4] does not fit first operand vector[3]"
                        + " (needs vector[3] or a scalar)");
        assertThatThrownBy(() -> p.shape(Shape.vector(3), Shape.matrix(3, 1)))
                .isInstanceOf(ShapeException.class)
                .hasMessage(p.name() + ": second operand matrix[3×1] does not fit first operand vector[3]"
                        + " (needs vector[3] or a scalar)");
        assertThatThrownBy(() -> p.shape(Shape.matrix(2, 3), Shape.matrix(3, 2)))
                .isInstanceOf(ShapeException.class)
                .hasMessage(p.name() + ": second operand matrix[3×2] does not fit first operand matrix[2×3]"
                        + " (needs matrix[2×3] or a scalar)");
    }

    @Test
    void elementwiseUnaryKeepsTheShape() {
        Shape m = Shape.matrix(4, 2);
        for (Primitive p : Primitives.all()) {
            if (p instanceof ElementwiseUnary) {
                assertThat(p.shape(m)).as(p.describe()).isEqualTo(m);
                assertThat(p.shape(SCALAR)).as(p.describe()).isEqualTo(SCALAR);
            }
        }
    }

    @Test
    void matvecMapsAMatrixAndAFittingVectorToAVectorOfItsRows() {
        assertThat(Primitives.MATVEC.shape(Shape.matrix(3, 4), Shape.vector(4))).isEqualTo(Shape.vector(3));
    }

    @Test
    void matvecRefusesShapesThatDoNotFit() {
        assertThatThrownBy(() -> Primitives.MATVEC.shape(Shape.vector(4), Shape.vector(4)))
                .isInstanceOf(ShapeException.class)
                .hasMessage("matvec: first operand must be a matrix, was vector[4]");
        assertThatThrownBy(() -> Primitives.MATVEC.shape(Shape.matrix(3, 4), Shape.vector(3)))
                .isInstanceOf(ShapeException.class)
                .hasMessage("matvec: second operand must be a vector[4] to fit matrix[3×4], was vector[3]");
        assertThatThrownBy(() -> Primitives.MATVEC.shape(Shape.matrix(3, 4), Shape.matrix(4, 1)))
                .isInstanceOf(ShapeException.class).hasMessageStartingWith("matvec: ");
        assertThatThrownBy(() -> Primitives.MATVEC.shape(Shape.matrix(1, 1), SCALAR))
                .isInstanceOf(ShapeException.class).hasMessageStartingWith("matvec: ");
    }

    @Test
    void dotNeedsTwoVectorsOfOneLength() {
        assertThat(Primitives.DOT.shape(Shape.vector(5), Shape.vector(5))).isEqualTo(SCALAR);
        assertThatThrownBy(() -> Primitives.DOT.shape(Shape.vector(3), Shape.vector(4)))
                .isInstanceOf(ShapeException.class)
                .hasMessage("dot: needs two vectors of one length, got vector[3] and vector[4]");
        assertThatThrownBy(() -> Primitives.DOT.shape(SCALAR, SCALAR))
                .isInstanceOf(ShapeException.class).hasMessageStartingWith("dot: ");
        assertThatThrownBy(() -> Primitives.DOT.shape(Shape.matrix(2, 2), Shape.matrix(2, 2)))
                .isInstanceOf(ShapeException.class).hasMessageStartingWith("dot: ");
    }

    @Test
    void matmulMultipliesFittingMatrices() {
        assertThat(Primitives.MATMUL.shape(Shape.matrix(3, 5), Shape.matrix(5, 2))).isEqualTo(Shape.matrix(3, 2));
        assertThat(Primitives.MATMUL.shape(Shape.matrix(1, 1), Shape.matrix(1, 1))).isEqualTo(Shape.matrix(1, 1));
    }

    @Test
    void matmulRefusesShapesThatDoNotFitNamingWhichOperand() {
        assertThatThrownBy(() -> Primitives.MATMUL.shape(Shape.matrix(3, 5), Shape.matrix(4, 2)))
                .isInstanceOf(ShapeException.class)
                .hasMessage("matmul: second operand matrix[4×2] does not fit first operand matrix[3×5] (needs 5 rows)");
        assertThatThrownBy(() -> Primitives.MATMUL.shape(Shape.vector(3), Shape.matrix(3, 2)))
                .isInstanceOf(ShapeException.class)
                .hasMessage("matmul: first operand must be a matrix, was vector[3]");
        assertThatThrownBy(() -> Primitives.MATMUL.shape(Shape.matrix(2, 3), Shape.vector(3)))
                .isInstanceOf(ShapeException.class)
                .hasMessage("matmul: second operand must be a matrix, was vector[3]");
        assertThatThrownBy(() -> Primitives.MATMUL.shape(SCALAR, SCALAR))
                .isInstanceOf(ShapeException.class).hasMessageStartingWith("matmul: ");
    }

    @Test
    void transposeSwapsTheDimensionsAndTakesAVectorAsAColumn() {
        assertThat(new Transpose(2, 3).shape(Shape.matrix(2, 3))).isEqualTo(Shape.matrix(3, 2));
        assertThat(new Transpose(4, 1).shape(Shape.vector(4))).isEqualTo(Shape.matrix(1, 4));
        assertThat(new Transpose(4, 1).shape(Shape.matrix(4, 1))).isEqualTo(Shape.matrix(1, 4));
        assertThat(new Transpose(1, 4).shape(Shape.matrix(1, 4))).isEqualTo(Shape.matrix(4, 1));
    }

    @Test
    void transposeRefusesAnOperandOfAnotherShape() {
        assertThatThrownBy(() -> new Transpose(2, 3).shape(Shape.matrix(3, 2)))
                .isInstanceOf(ShapeException.class)
                .hasMessage("transpose: operand must be matrix[2×3] for transpose[2×3], was matrix[3×2]");
        assertThatThrownBy(() -> new Transpose(1, 1).shape(SCALAR))
                .isInstanceOf(ShapeException.class)
                .hasMessage("transpose: operand must be matrix[1×1] or vector[1] for transpose[1×1], was scalar");
        assertThatThrownBy(() -> new Transpose(0, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("transpose: dimensions must be positive, were 0×2");
    }

    @Test
    void broadcastRepeatsAVectorAsRowsOrColumns() {
        assertThat(Broadcast.rows(4).shape(Shape.vector(3))).isEqualTo(Shape.matrix(4, 3));
        assertThat(Broadcast.columns(4).shape(Shape.vector(3))).isEqualTo(Shape.matrix(3, 4));
        assertThat(Broadcast.rows(4).describe()).isEqualTo("broadcast_rows[4]");
        assertThat(Broadcast.columns(2).describe()).isEqualTo("broadcast_columns[2]");
    }

    @Test
    void broadcastRefusesAnythingButAVector() {
        assertThatThrownBy(() -> Broadcast.rows(2).shape(Shape.matrix(2, 3)))
                .isInstanceOf(ShapeException.class)
                .hasMessage("broadcast_rows: operand must be a vector, was matrix[2×3]");
        assertThatThrownBy(() -> Broadcast.columns(2).shape(SCALAR))
                .isInstanceOf(ShapeException.class)
                .hasMessage("broadcast_columns: operand must be a vector, was scalar (a scalar broadcasts in "
                        + "elementwise operations already)");
        assertThatThrownBy(() -> Broadcast.columns(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("broadcast_columns: the number of copies must be positive, was 0");
    }

    @Test
    void sumOfAnyShapeIsAScalar() {
        assertThat(Primitives.SUM.shape(Shape.matrix(3, 2))).isEqualTo(SCALAR);
        assertThat(Primitives.SUM.shape(Shape.vector(7))).isEqualTo(SCALAR);
        assertThat(Primitives.SUM.shape(SCALAR)).isEqualTo(SCALAR);
    }

    /** The table in {@link Axis}: a vector is a column, and a scalar has no dimension to drop. */
    @Test
    void reductionsDropTheDimensionTheyReduce() {
        Shape v = Shape.vector(4);
        Shape m = Shape.matrix(2, 3);
        for (Primitive p : List.of(Primitives.MAX, Primitives.LOG_SUM_EXP)) {
            assertThat(p.shape(m)).as(p.describe()).isEqualTo(SCALAR);
            assertThat(p.shape(v)).as(p.describe()).isEqualTo(SCALAR);
            assertThat(p.shape(SCALAR)).as(p.describe()).isEqualTo(SCALAR);
        }
        for (Primitive p : List.of(Primitives.SUM_PER_ROW, Primitives.MAX_PER_ROW, Primitives.LOG_SUM_EXP_PER_ROW)) {
            assertThat(p.shape(m)).as(p.describe()).isEqualTo(Shape.vector(2));
            assertThat(p.shape(v)).as(p.describe()).isEqualTo(v);
            assertThat(p.shape(Shape.matrix(1, 1))).as(p.describe()).isEqualTo(Shape.vector(1));
            assertThat(p.shape(SCALAR)).as(p.describe()).isEqualTo(SCALAR);
        }
        for (Primitive p : List.of(Primitives.SUM_PER_COLUMN, Primitives.MAX_PER_COLUMN,
                Primitives.LOG_SUM_EXP_PER_COLUMN)) {
            assertThat(p.shape(m)).as(p.describe()).isEqualTo(Shape.vector(3));
            assertThat(p.shape(v)).as(p.describe()).isEqualTo(SCALAR);
            assertThat(p.shape(Shape.matrix(1, 1))).as(p.describe()).isEqualTo(Shape.vector(1));
            assertThat(p.shape(SCALAR)).as(p.describe()).isEqualTo(SCALAR);
        }
    }

    @Test
    void reductionsDescribeThemselvesByTheirAxis() {
        assertThat(Primitives.MAX_PER_ROW.describe()).isEqualTo("max[per_row]");
        assertThat(Primitives.LOG_SUM_EXP.describe()).isEqualTo("logsumexp[all]");
        assertThat(Primitives.SUM_PER_COLUMN.describe()).isEqualTo("axis_sum[per_column]");
        assertThat(new Max(Axis.PER_COLUMN)).isEqualTo(Primitives.MAX_PER_COLUMN).isNotEqualTo(Primitives.MAX_PER_ROW);
    }

    @Test
    void theSumOfEveryElementIsSumNotAnAxisSum() {
        assertThatThrownBy(() -> new AxisSum(Axis.ALL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("axis_sum sums per row or per column; for the sum of every element use Primitives.SUM");
    }

    @Test
    void reshapeKeepsTheNumberOfElementsAndNamesBothShapesWhenItCannot() {
        Reshape toMatrix = new Reshape(Shape.matrix(3, 2));
        assertThat(toMatrix.shape(Shape.vector(6))).isEqualTo(Shape.matrix(3, 2));
        assertThat(toMatrix.shape(Shape.matrix(2, 3))).isEqualTo(Shape.matrix(3, 2));
        assertThat(new Reshape(SCALAR).shape(Shape.matrix(1, 1))).isEqualTo(SCALAR);
        assertThatThrownBy(() -> toMatrix.shape(Shape.vector(5)))
                .isInstanceOf(ShapeException.class)
                .hasMessage("reshape: cannot make matrix[3×2] (6 elements) of vector[5] (5 elements);"
                        + " the sizes must be equal");
    }

    @Test
    void sliceTakesABlockOfElementsOrRowsUpToEitherEnd() {
        assertThat(new Slice(0, 2).shape(Shape.vector(5))).isEqualTo(Shape.vector(2));
        assertThat(new Slice(3, 2).shape(Shape.vector(5))).isEqualTo(Shape.vector(2));
        assertThat(new Slice(2, 1).shape(Shape.matrix(3, 4))).isEqualTo(Shape.matrix(1, 4));
        assertThat(new Slice(0, 3).shape(Shape.matrix(3, 4))).isEqualTo(Shape.matrix(3, 4));
    }

    @Test
    void sliceRefusesARangeOutsideItsOperandNamingBoth() {
        assertThatThrownBy(() -> new Slice(2, 2).shape(Shape.vector(3)))
                .isInstanceOf(ShapeException.class)
                .hasMessage("slice: elements 2..3 reach outside vector[3] (elements 0..2)");
        assertThatThrownBy(() -> new Slice(-1, 2).shape(Shape.matrix(3, 2)))
                .isInstanceOf(ShapeException.class)
                .hasMessage("slice: rows -1..0 reach outside matrix[3×2] (rows 0..2)");
        assertThatThrownBy(() -> new Slice(0, 0).shape(Shape.vector(3)))
                .isInstanceOf(ShapeException.class)
                .hasMessage("slice: needs a count of at least 1, was 0");
        assertThatThrownBy(() -> new Slice(0, 1).shape(SCALAR))
                .isInstanceOf(ShapeException.class)
                .hasMessage("slice: picks elements of a vector or rows of a matrix, was scalar;"
                        + " reshape it to vector[1] first");
    }

    @Test
    void gatherPicksOneElementOrRowPerIndexAndRefusesAnIndexOutside() {
        assertThat(new Gather(2, 0, 2, 2).shape(Shape.vector(3))).isEqualTo(Shape.vector(4));
        assertThat(new Gather(1, 1).shape(Shape.matrix(2, 5))).isEqualTo(Shape.matrix(2, 5));
        assertThatThrownBy(() -> new Gather(1, 3).shape(Shape.vector(3)))
                .isInstanceOf(ShapeException.class)
                .hasMessage("gather: index 3 (position 1) is outside vector[3] (elements 0..2)");
        assertThatThrownBy(() -> new Gather(-1).shape(Shape.matrix(2, 3)))
                .isInstanceOf(ShapeException.class)
                .hasMessage("gather: index -1 (position 0) is outside matrix[2×3] (rows 0..1)");
        assertThatThrownBy(() -> new Gather().shape(Shape.vector(3)))
                .isInstanceOf(ShapeException.class).hasMessage("gather: needs at least one index");
        assertThatThrownBy(() -> new Gather(0).shape(SCALAR))
                .isInstanceOf(ShapeException.class).hasMessageStartingWith("gather: picks elements of a vector");
    }

    @Test
    void concatJoinsVectorsAndScalarsEndToEndAndStacksMatricesOfOneWidth() {
        assertThat(new Concat(3).shape(Shape.vector(2), SCALAR, Shape.vector(4))).isEqualTo(Shape.vector(7));
        assertThat(new Concat(2).shape(SCALAR, SCALAR)).isEqualTo(Shape.vector(2));
        assertThat(new Concat(2).shape(Shape.matrix(2, 3), Shape.matrix(1, 3))).isEqualTo(Shape.matrix(3, 3));
    }

    @Test
    void concatRefusesMixedRanksAndUnequalWidthsNamingTheOperand() {
        assertThatThrownBy(() -> new Concat(2).shape(Shape.vector(3), Shape.matrix(2, 3)))
                .isInstanceOf(ShapeException.class)
                .hasMessage("concat: operand 1 is matrix[2×3] but operand 0 is vector[3];"
                        + " concatenate vectors (or scalars) or matrices, not both");
        assertThatThrownBy(() -> new Concat(3).shape(Shape.matrix(2, 3), Shape.matrix(2, 3), Shape.matrix(1, 4)))
                .isInstanceOf(ShapeException.class)
                .hasMessage("concat: operand 2 matrix[1×4] has 4 columns but operand 0 matrix[2×3] has 3");
        assertThatThrownBy(() -> new Concat(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("concat needs at least one part, got 0");
    }

    @Test
    void selectBroadcastsAnyScalarOperand() {
        Shape v = Shape.vector(3);
        Shape m = Shape.matrix(2, 3);
        assertThat(Primitives.SELECT.shape(SCALAR, SCALAR, SCALAR)).isEqualTo(SCALAR);
        assertThat(Primitives.SELECT.shape(v, v, v)).isEqualTo(v);
        assertThat(Primitives.SELECT.shape(SCALAR, v, v)).isEqualTo(v);
        assertThat(Primitives.SELECT.shape(v, SCALAR, v)).isEqualTo(v);
        assertThat(Primitives.SELECT.shape(SCALAR, SCALAR, m)).isEqualTo(m);
        assertThat(Primitives.SELECT.shape(m, SCALAR, SCALAR)).isEqualTo(m);
    }

    @Test
    void selectRefusesMismatchedShapesNamingBothOperands() {
        assertThatThrownBy(() -> Primitives.SELECT.shape(Shape.vector(3), Shape.vector(4), Shape.vector(3)))
                .isInstanceOf(ShapeException.class)
                .hasMessage("select: ifTrue vector[4] does not match condition vector[3] (only a scalar broadcasts)");
        assertThatThrownBy(() -> Primitives.SELECT.shape(SCALAR, Shape.vector(3), Shape.matrix(2, 3)))
                .isInstanceOf(ShapeException.class)
                .hasMessage("select: ifFalse matrix[2×3] does not match ifTrue vector[3] (only a scalar broadcasts)");
        assertThatThrownBy(() -> Primitives.SELECT.shape(Shape.vector(2), SCALAR, Shape.vector(3)))
                .isInstanceOf(ShapeException.class)
                .hasMessage("select: ifFalse vector[3] does not match condition vector[2] (only a scalar broadcasts)");
    }

    @Test
    void constantTakesNoOperandsAndNeedsOneValuePerElement() {
        Constant c = new Constant(Shape.vector(2), 1.5, -2.0);
        assertThat(c.shape()).isEqualTo(Shape.vector(2));
        assertThatThrownBy(() -> c.shape(SCALAR))
                .isInstanceOf(ShapeException.class).hasMessage("const: takes 0 operand(s), got 1");
        assertThatThrownBy(() -> new Constant(Shape.vector(3), 1.0, 2.0))
                .isInstanceOf(ShapeException.class).hasMessage("const: needs 3 values for vector[3], got 2");
    }

    @Test
    void shapeExceptionIsAnIllegalArgumentException() {
        assertThat(new ShapeException("add", "x")).isInstanceOf(IllegalArgumentException.class).hasMessage("add: x");
    }
}
