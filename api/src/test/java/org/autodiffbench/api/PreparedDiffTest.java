package org.autodiffbench.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Var;
import org.junit.jupiter.api.Test;

/** An engine that offers only values refuses every derivative operator by name. */
class PreparedDiffTest {

    /** y = Σ x, and nothing else. */
    private static final class ValueOnly implements PreparedDiff {

        private final Graph graph;

        ValueOnly(Graph graph) {
            this.graph = graph;
        }

        @Override
        public String engineId() {
            return "value-only";
        }

        @Override
        public Graph graph() {
            return graph;
        }

        @Override
        public void value(double[] x, double[] y) {
            y[0] = x[0] + x[1];
        }

        @Override
        public CallStatistics statistics() {
            return new CallStatistics(0, 0, 1, 0, 1, Map.of());
        }
    }

    private static PreparedDiff prepared() {
        GraphBuilder b = new GraphBuilder();
        Var x = b.vector("x", 2);
        b.output(b.sum(x));
        return new ValueOnly(b.build());
    }

    @Test
    void valueStillWorks() {
        double[] y = new double[1];
        prepared().value(new double[] {1, 2}, y);
        assertThat(y).containsExactly(3.0);
    }

    @Test
    void everyDerivativeOperatorIsRefusedNamingTheEngineAndTheOperator() {
        PreparedDiff p = prepared();
        double[] x = {1, 2};
        double[] y = new double[1];
        assertThatThrownBy(() -> p.gradient(x, new double[2]))
                .isInstanceOf(UnsupportedOperatorException.class)
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("engine 'value-only' does not offer gradient;"
                        + " see 'autodiffbench engines' for what each engine offers");
        assertThatThrownBy(() -> p.jvp(x, new double[2], y, new double[1]))
                .isInstanceOf(UnsupportedOperatorException.class)
                .hasMessageStartingWith("engine 'value-only' does not offer jvp;");
        assertThatThrownBy(() -> p.vjp(x, new double[1], y, new double[2]))
                .isInstanceOf(UnsupportedOperatorException.class)
                .hasMessageStartingWith("engine 'value-only' does not offer vjp;");
        assertThatThrownBy(() -> p.jacobian(x, y, new double[2]))
                .isInstanceOf(UnsupportedOperatorException.class)
                .hasMessageStartingWith("engine 'value-only' does not offer jacobian;");
    }

    @Test
    void operatorLabelsAreLowerCase() {
        assertThat(Operator.GRADIENT.label()).isEqualTo("gradient");
        assertThat(Operator.JACOBIAN.label()).isEqualTo("jacobian");
    }
}
