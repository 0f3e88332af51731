package org.autodiffbench.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Var;
import org.junit.jupiter.api.Test;

class BuiltModelInstanceTest {

    private static final class SumOfTwo implements HandDerivative {
        @Override
        public void value(double[] x, double[] y) {
            y[0] = x[0] + x[1];
        }
    }

    private static Graph sumOfTwo() {
        GraphBuilder b = new GraphBuilder();
        Var a = b.scalar("a");
        Var c = b.scalar("c");
        return b.output(b.add(a, c)).build();
    }

    @Test
    void refusesAPointThatDoesNotFitTheGraph() {
        assertThatThrownBy(() -> new BuiltModelInstance("toy", 1, sumOfTwo(), new double[3], null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("model 'toy': the point has 3 entries but the graph has 2 parameters");
    }

    @Test
    void keepsItsOwnCopyOfThePoint() {
        double[] point = {1.0, 2.0};
        BuiltModelInstance instance = new BuiltModelInstance("toy", 1, sumOfTwo(), point, null);
        point[0] = 9.0;
        instance.point()[1] = 9.0;
        assertThat(instance.point()).containsExactly(1.0, 2.0);
    }

    @Test
    void makesAFreshHandDerivativeForEachCaller() {
        BuiltModelInstance without = new BuiltModelInstance("toy", 1, sumOfTwo(), new double[2], null);
        assertThat(without.handDerivative()).isEmpty();

        BuiltModelInstance with = new BuiltModelInstance("toy", 1, sumOfTwo(), new double[2],
                SumOfTwo::new);
        assertThat(with.handDerivative().orElseThrow()).isNotSameAs(with.handDerivative().orElseThrow());
    }
}
