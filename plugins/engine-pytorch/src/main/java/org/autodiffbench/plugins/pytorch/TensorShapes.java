package org.autodiffbench.plugins.pytorch;

import ai.djl.ndarray.types.Shape;

/** The IR's shapes as libtorch's: a scalar is a 0-d tensor, a vector 1-d, a matrix 2-d row-major. */
final class TensorShapes {

    private TensorShapes() {
    }

    static Shape of(org.autodiffbench.api.graph.Shape shape) {
        return switch (shape.rank()) {
            case 0 -> new Shape();
            case 1 -> new Shape(shape.rows());
            default -> new Shape(shape.rows(), shape.cols());
        };
    }
}
