package org.autodiffbench.tck.broken;

import java.util.Random;
import org.autodiffbench.tck.families.SquaresFamily;

/** Draws its point from a generator shared by every build, so the same seed gives another point. */
public final class NonDeterministicFamily extends SquaresFamily {

    private final Random shared = new Random(1);

    @Override
    protected double[] point(int size, long seed) {
        return super.point(size, seed + shared.nextInt(1000) + 1);
    }
}
