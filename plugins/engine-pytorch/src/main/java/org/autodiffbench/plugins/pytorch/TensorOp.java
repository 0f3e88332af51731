package org.autodiffbench.plugins.pytorch;

import ai.djl.ndarray.NDArray;

/** One primitive of the graph IR as a libtorch operation on its operands' tensors. */
@FunctionalInterface
interface TensorOp {

    /** The node's value, a new tensor that autograd records while a gradient collector is open. */
    NDArray apply(NDArray[] operands);
}
