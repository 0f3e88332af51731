package org.autodiffbench.api.primitives;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.Stream;
import org.autodiffbench.api.graph.Shape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A move's element sources, which compiled code writes out as copies, say what its kernel does:
 * copying each result element from the operand element its sources name gives the kernel's result,
 * with operands read at an offset into a larger array as compiled programs read them.
 */
class ElementSourcesTest {

    static Stream<Arguments> moves() {
        return Stream.of(
                Arguments.of(new Slice(1, 2), new Shape[] {Shape.vector(5)}),
                Arguments.of(new Slice(1, 2), new Shape[] {Shape.matrix(4, 3)}),
                Arguments.of(new Gather(2, 0, 2), new Shape[] {Shape.vector(4)}),
                Arguments.of(new Gather(3, 1), new Shape[] {Shape.matrix(4, 2)}),
                Arguments.of(new Reshape(Shape.matrix(2, 3)), new Shape[] {Shape.vector(6)}),
                Arguments.of(new Concat(3), new Shape[] {Shape.vector(2), Shape.vector(1), Shape.vector(4)}),
                Arguments.of(new Concat(2), new Shape[] {Shape.matrix(2, 3), Shape.matrix(1, 3)}));
    }

    @ParameterizedTest(name = "{0} of {1}")
    @MethodSource("moves")
    void copyingFromTheSourcesGivesTheKernelsResult(Rearrangement move, Shape[] shapes) {
        Random random = new Random(17);
        int arity = shapes.length;
        double[][] operands = new double[arity][];
        int[] offsets = new int[arity];
        int[] sizes = new int[arity];
        for (int i = 0; i < arity; i++) {
            offsets[i] = 3 + i;
            sizes[i] = shapes[i].size();
            operands[i] = random.doubles(offsets[i] + sizes[i] + 2).toArray();
        }
        double[] expected = new double[move.shape(shapes).size()];
        move.primal(operands, new OperandLayout(offsets, sizes), expected);
        int[][] sources = move.elementSources(shapes, expected.length);
        double[] copied = new double[expected.length];
        for (int k = 0; k < copied.length; k++) {
            copied[k] = operands[sources[0][k]][offsets[sources[0][k]] + sources[1][k]];
        }
        assertThat(copied).containsExactly(expected);
    }
}
