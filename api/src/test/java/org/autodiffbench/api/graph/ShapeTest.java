package org.autodiffbench.api.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The three kinds of shape, their sizes, and the shapes that cannot exist. */
class ShapeTest {

    @Test
    void scalarHoldsOneNumber() {
        Shape s = Shape.scalar();
        assertThat(s.isScalar()).isTrue();
        assertThat(s.isVector() || s.isMatrix()).isFalse();
        assertThat(s.size()).isEqualTo(1);
        assertThat(s).isEqualTo(new Shape(0, 1, 1));
        assertThat(s).hasToString("scalar");
    }

    @Test
    void vectorIsAColumn() {
        Shape v = Shape.vector(4);
        assertThat(v.isVector()).isTrue();
        assertThat(v.rows()).isEqualTo(4);
        assertThat(v.cols()).isEqualTo(1);
        assertThat(v.size()).isEqualTo(4);
        assertThat(v).hasToString("vector[4]");
        assertThat(Shape.vector(1)).isNotEqualTo(Shape.scalar());
    }

    @Test
    void matrixHoldsRowsTimesCols() {
        Shape m = Shape.matrix(2, 3);
        assertThat(m.isMatrix()).isTrue();
        assertThat(m.size()).isEqualTo(6);
        assertThat(m).hasToString("matrix[2×3]");
        assertThat(m).isNotEqualTo(Shape.matrix(3, 2));
    }

    @Test
    void impossibleShapesAreRefused() {
        assertThatThrownBy(() -> new Shape(3, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rank must be 0, 1 or 2, was 3");
        assertThatThrownBy(() -> Shape.vector(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dimensions must be positive, were 0×1");
        assertThatThrownBy(() -> Shape.matrix(2, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dimensions must be positive, were 2×-1");
        assertThatThrownBy(() -> new Shape(0, 2, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rank 0 cannot have dimensions 2×1");
        assertThatThrownBy(() -> new Shape(1, 3, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rank 1 cannot have dimensions 3×2");
    }
}
