package org.autodiffbench.models.mlp;

import static org.autodiffbench.models.mlp.MlpWidthFamily.INPUTS;
import static org.autodiffbench.models.mlp.MlpWidthFamily.OUTPUTS;

import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Var;

/**
 * The parameter inputs of the 64-w-w-10 MLP, declared in the order of its {@link MlpLayout}:
 * W1 (w×64), b1, W2 (w×w), b2, W3 (10×w), b3. Shared by {@code mlp-width} and {@code mlp-batch},
 * so that both lay out their point alike.
 */
record TwoLayerParameters(Var w1, Var b1, Var w2, Var b2, Var w3, Var b3) {

    static TwoLayerParameters declare(GraphBuilder b, int w) {
        return new TwoLayerParameters(b.matrix("W1", w, INPUTS), b.vector("b1", w), b.matrix("W2", w, w),
                b.vector("b2", w), b.matrix("W3", OUTPUTS, w), b.vector("b3", OUTPUTS));
    }
}
