package org.autodiffbench.models.gradbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.autodiffbench.models.HandDerivative;
import org.autodiffbench.models.HandTangents;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.reference.FiniteDifferenceJacobian;
import org.autodiffbench.reference.ReferenceInterpreter;
import org.autodiffbench.reference.Rho;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GradBench's hello eval: square is x², double is 2x, at the inputs its run.py sends. */
class HelloFamilyTest {

    /** The hello eval starts at 1 and feeds each output back: square 1, 2, 8, 128 and double 1, 4, 64, 16384. */
    @ParameterizedTest
    @ValueSource(doubles = {1, 2, 8, 128, 4, 64, 16384, -0.75})
    void theGraphSquaresAndTheHandDerivativeDoubles(double x) {
        ModelInstance model = HelloFamily.model(x);
        assertThat(model.point()).containsExactly(x);
        assertThat(new ReferenceInterpreter(model.graph()).apply(model.point())).containsExactly(x * x);

        HandDerivative hand = model.handDerivative().orElseThrow();
        double[] gradient = new double[1];
        assertThat(hand.gradient(model.point(), gradient)).isEqualTo(x * x);
        assertThat(gradient).containsExactly(x + x);
    }

    @Test
    void theHandDerivativeMatchesFiniteDifferencesOfTheGraph() {
        ModelInstance model = HelloFamily.model(1.3);
        double[] gradient = new double[1];
        model.handDerivative().orElseThrow().gradient(model.point(), gradient);
        double[] column = FiniteDifferenceJacobian.column(new ReferenceInterpreter(model.graph()), model.point(), 0);
        Rho.assertClose("d(x²)/dx", gradient[0], column[0], 1e-8);
    }

    @Test
    void theSeedDrawsThePointBetweenMinusTwoAndTwo() {
        HelloFamily family = new HelloFamily();
        double[] first = family.instance(1, 7L).point();
        assertThat(family.instance(1, 7L).point()).containsExactly(first);
        assertThat(family.instance(1, 8L).point()).isNotEqualTo(first);
        for (long seed = 0; seed < 50; seed++) {
            assertThat(family.instance(1, seed).point()[0]).isBetween(-2.0, 2.0);
        }
    }

    @Test
    void theSizeIsFixedAtOne() {
        assertThatThrownBy(() -> new HelloFamily().instance(2, 1L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be between 1 and 1");
    }

    @ParameterizedTest
    @ValueSource(doubles = {1, -0.75, 16384})
    void theHandJvpIsTwiceXTimesTheDirection(double x) {
        HandDerivative hand = HelloFamily.model(x).handDerivative().orElseThrow();
        double[] y = new double[1];
        double[] yDot = new double[1];
        hand.jvp(new double[] {x}, new double[] {-3}, y, yDot);
        assertThat(y).containsExactly(x * x);
        assertThat(yDot).containsExactly(-6 * x);
        HandTangents.assertAgreesWithGradientAndGraph(HelloFamily.model(x), 3, 1e-15);
    }
}
