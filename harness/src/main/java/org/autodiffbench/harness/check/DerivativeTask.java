package org.autodiffbench.harness.check;

import java.util.Optional;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.models.HandDerivative;
import org.autodiffbench.models.ModelInstance;

/**
 * What to differentiate: a graph, the point, and a hand-written derivative to check against if
 * there is one. A graph with one scalar output asks for a gradient, any other for a Jacobian.
 */
public record DerivativeTask(Graph graph, double[] point, Optional<HandDerivative> reference) {

    public DerivativeTask {
        if (point.length != graph.parameterCount()) {
            throw new IllegalArgumentException("the point has " + point.length + " values but the graph has "
                    + graph.parameterCount() + " parameters");
        }
        point = point.clone();
    }

    /** A model at its seeded point, with its family's hand-written derivative. */
    public static DerivativeTask of(ModelInstance instance) {
        return new DerivativeTask(instance.graph(), instance.point(), instance.handDerivative());
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

    /** The hand-written derivative as a call of the task's operator, if the task has one. */
    public Optional<OperatorCall> handCall() {
        return reference.map(hand -> OperatorCall.of(new HandPrepared(hand, graph), operator(), point, 1));
    }
}
