package org.autodiffbench.models.gradbench;

import static org.assertj.core.api.Assertions.assertThat;

import org.autodiffbench.models.Allocations;
import org.autodiffbench.models.HandDerivative;
import org.autodiffbench.reference.VectorFunction;

/** What the tests of the GradBench families ask of a scalar hand derivative. */
final class HandCalls {

    private HandCalls() {
    }

    /** The hand derivative's value as a function, for finite differences. */
    static VectorFunction value(HandDerivative hand) {
        return p -> {
            double[] y = new double[1];
            hand.value(p, y);
            return y;
        };
    }

    /** After a first call, a hundred more gradients and values at x allocate nothing. */
    static void assertAllocateNothing(HandDerivative hand, double[] x) {
        double[] gradient = new double[x.length];
        double[] y = new double[1];
        hand.gradient(x, gradient);
        assertThat(Allocations.bytesAllocatedBy(() -> {
            for (int call = 0; call < 100; call++) {
                hand.gradient(x, gradient);
                hand.value(x, y);
            }
        })).isLessThan(100);
    }
}
