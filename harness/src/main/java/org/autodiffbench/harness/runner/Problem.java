package org.autodiffbench.harness.runner;

import java.util.Optional;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.models.HandDerivative;

/**
 * What to differentiate: a graph, the point, and a hand-written derivative to check against if
 * there is one. A graph with one scalar output asks for a gradient, any other for a Jacobian.
 */
public record Problem(Graph graph, double[] point, Optional<HandDerivative> reference) {

    public Problem {
        if (point.length != graph.parameterCount()) {
            throw new IllegalArgumentException("the point has " + point.length + " values but the graph has "
                    + graph.parameterCount() + " parameters");
        }
        point = point.clone();
    }

    /** A copy of the point. */
    @Override
    public double[] point() {
        return point.clone();
    }

    /** {@link Operator#GRADIENT} for a scalar output, {@link Operator#JACOBIAN} otherwise. */
    public Operator operator() {
        return graph.hasScalarOutput() ? Operator.GRADIENT : Operator.JACOBIAN;
    }
}
