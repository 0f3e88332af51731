package org.autodiffbench.models.gradbench;

import java.util.Random;
import org.autodiffbench.models.Seeds;

/** The GradBench evals' random inputs: numpy's {@code rand(n)}, n values uniform on [0, 1), here seeded. */
final class UnitUniform {

    private UnitUniform() {
    }

    /** n values drawn uniformly from [0, 1) by the model's seed. */
    static double[] draw(long seed, int n) {
        Random random = Seeds.random(seed, "point");
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = random.nextDouble();
        }
        return values;
    }
}
