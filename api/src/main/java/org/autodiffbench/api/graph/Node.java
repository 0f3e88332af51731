package org.autodiffbench.api.graph;

import java.util.Arrays;
import org.autodiffbench.api.primitives.Primitive;

/**
 * One value of a graph in SSA form. An input node has no primitive; every other node is a
 * primitive applied to earlier nodes. {@code stage} is the index of the stage the node belongs to.
 */
public record Node(int id, Primitive primitive, int[] operands, Shape shape, int stage) {

    public Node {
        operands = operands.clone();
    }

    public boolean isInput() {
        return primitive == null;
    }

    /** The operand ids (a copy). */
    @Override
    public int[] operands() {
        return operands.clone();
    }

    public int operandCount() {
        return operands.length;
    }

    public int operand(int i) {
        return operands[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Node other && id == other.id && stage == other.stage
                && java.util.Objects.equals(primitive, other.primitive)
                && Arrays.equals(operands, other.operands) && shape.equals(other.shape);
    }

    @Override
    public int hashCode() {
        return 31 * id + Arrays.hashCode(operands);
    }

    @Override
    public String toString() {
        if (isInput()) {
            return "v" + id + " = input " + shape;
        }
        StringBuilder s = new StringBuilder("v" + id + " = " + primitive.describe() + "(");
        for (int i = 0; i < operands.length; i++) {
            s.append(i == 0 ? "" : ", ").append('v').append(operands[i]);
        }
        return s.append(") : ").append(shape).toString();
    }
}
