package org.autodiffbench.api.primitives;

import java.util.Random;

/** Where an operand's elements are drawn from, so that a primitive is only tested inside its domain. */
public interface Domain {

    double sample(Random random);

    /** Uniform on [lo, hi). */
    static Domain between(double lo, double hi) {
        return random -> lo + (hi - lo) * random.nextDouble();
    }

    /** Uniform magnitude on [lo, hi) with a random sign, for a divisor. */
    static Domain awayFromZero(double lo, double hi) {
        return random -> (random.nextBoolean() ? 1 : -1) * (lo + (hi - lo) * random.nextDouble());
    }
}
