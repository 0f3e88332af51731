package org.autodiffbench.harness.check;

import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.UnsupportedOperatorException;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.models.HandDerivative;

/** A hand-written derivative seen as a prepared engine with the id {@code hand}, so it is called like one. */
public final class HandPrepared implements PreparedDiff {

    public static final String ID = "hand";

    private final HandDerivative hand;
    private final Graph graph;

    public HandPrepared(HandDerivative hand, Graph graph) {
        this.hand = hand;
        this.graph = graph;
    }

    @Override
    public String engineId() {
        return ID;
    }

    @Override
    public Graph graph() {
        return graph;
    }

    @Override
    public void value(double[] x, double[] y) {
        hand.value(x, y);
    }

    @Override
    public double gradient(double[] x, double[] gradient) {
        try {
            return hand.gradient(x, gradient);
        } catch (UnsupportedOperationException e) {
            throw new UnsupportedOperatorException(ID, Operator.GRADIENT);
        }
    }

    @Override
    public void jacobian(double[] x, double[] y, double[] jacobian) {
        try {
            hand.jacobian(x, y, jacobian);
        } catch (UnsupportedOperationException e) {
            throw new UnsupportedOperatorException(ID, Operator.JACOBIAN);
        }
    }

    /** A hand-written derivative counts nothing. */
    @Override
    public CallStatistics statistics() {
        throw new UnsupportedOperationException("a hand-written derivative keeps no statistics");
    }
}
