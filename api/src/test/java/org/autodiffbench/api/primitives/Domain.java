package org.autodiffbench.api.primitives;

import java.util.Random;

/** Where an operand's elements are drawn from, so that a primitive is only tested inside its domain. */
public interface Domain {

    double sample(Random random);

    /** Does a direction move this operand? Not a condition, where the function jumps as it crosses 0. */
    default boolean moves() {
        return true;
    }

    /** Uniform on [lo, hi). */
    static Domain between(double lo, double hi) {
        return random -> lo + (hi - lo) * random.nextDouble();
    }

    /** 1 or 0 at random, like a comparison's result: a condition that directions leave where it is. */
    static Domain condition() {
        return new Domain() {
            @Override
            public double sample(Random random) {
                return random.nextBoolean() ? 1.0 : 0.0;
            }

            @Override
            public boolean moves() {
                return false;
            }
        };
    }

    /** Uniform magnitude on [lo, hi) with a random sign, for a divisor. */
    static Domain awayFromZero(double lo, double hi) {
        return random -> (random.nextBoolean() ? 1 : -1) * (lo + (hi - lo) * random.nextDouble());
    }
}
