package org.autodiffbench.models.mlp;

import static org.autodiffbench.models.mlp.MlpWidthFamily.INPUTS;
import static org.autodiffbench.models.mlp.MlpWidthFamily.OUTPUTS;

/**
 * Where each parameter block of the width-w MLP starts in the flat point vector:
 * W1 (w×64), b1 (w), W2 (w×w), b2 (w), W3 (10×w), b3 (10), matrices row-major.
 */
record MlpLayout(int width) {

    int w1() {
        return 0;
    }

    int b1() {
        return width * INPUTS;
    }

    int w2() {
        return b1() + width;
    }

    int b2() {
        return w2() + width * width;
    }

    int w3() {
        return b2() + width;
    }

    int b3() {
        return w3() + OUTPUTS * width;
    }

    /** P(w) = w² + 76w + 10. */
    int parameterCount() {
        return b3() + OUTPUTS;
    }
}
