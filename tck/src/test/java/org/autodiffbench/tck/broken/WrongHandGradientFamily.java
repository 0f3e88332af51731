package org.autodiffbench.tck.broken;

import org.autodiffbench.tck.families.SquaresFamily;

/** Writes x instead of 2x as the gradient of Σ x_i². */
public final class WrongHandGradientFamily extends SquaresFamily {

    @Override
    protected double gradientFactor() {
        return 1;
    }
}
