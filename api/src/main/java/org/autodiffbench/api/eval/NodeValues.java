package org.autodiffbench.api.eval;

import org.autodiffbench.api.primitives.OperandLayout;

/**
 * The primal values of the last evaluation, node by node, as a node's rules read them: what a
 * sweep that runs the rules itself needs from the engine that evaluated the graph.
 */
public interface NodeValues {

    /** Binds the point x of the last evaluation, and gathers what the views below need from it. */
    void load(double[] x);

    /** The operand views of a useful node, as its kernels read them. */
    double[][] operands(int id);

    /** The operand layout of a useful node. */
    OperandLayout layout(int id);

    /** The value of a useful node that is no input, a whole array of its size. */
    double[] value(int id);

    /** Heap bytes of the copies these views keep beside the engine's own storage of the values. */
    long copiedBytes();
}
