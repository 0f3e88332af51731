package org.autodiffbench.harness.runner;

import java.util.Optional;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.UnsupportedOperatorException;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.models.HandDerivative;

/** Asks an engine, or a hand-written derivative, for the derivative a {@link Problem} needs. */
public final class DerivativeRunner {

    /** The name of the hand-written reference among the answers. */
    public static final String HAND = "hand";

    private DerivativeRunner() {
    }

    /**
     * Prepares the engine with the options and makes one call.
     *
     * @throws IllegalArgumentException for an option the engine does not list or a bad value
     * @throws UnsupportedOperatorException if the engine does not offer the operator the problem needs
     */
    public static Answer run(DiffEngine engine, EngineOptions options, Problem problem) {
        return call(prepare(engine, options, problem), problem);
    }

    /**
     * Prepares the engine for the problem's graph. What goes wrong here is the user's to fix: an
     * option or a graph the engine refuses.
     *
     * @throws IllegalArgumentException for an option the engine does not list, a bad value, or a graph it refuses
     * @throws UnsupportedOperatorException if the engine does not offer the operator the problem needs
     */
    public static PreparedDiff prepare(DiffEngine engine, EngineOptions options, Problem problem) {
        options.requireKnown(engine.id(), engine.options());
        Operator operator = problem.operator();
        if (!engine.capabilities().contains(operator)) {
            throw new UnsupportedOperatorException(engine.id(), operator);
        }
        return engine.prepare(problem.graph(), options);
    }

    /**
     * Makes one call of a prepared engine at the problem's point. The engine accepted the graph and
     * the options, so anything this throws is the engine's failure.
     */
    public static Answer call(PreparedDiff prepared, Problem problem) {
        Graph graph = problem.graph();
        double[] x = problem.point();
        if (problem.operator() == Operator.GRADIENT) {
            double[] gradient = new double[graph.parameterCount()];
            double value = prepared.gradient(x, gradient);
            return new Answer(prepared.engineId(), new double[] {value}, gradient, Optional.of(prepared.statistics()));
        }
        double[] y = new double[graph.outputSize()];
        double[] jacobian = new double[graph.outputSize() * graph.parameterCount()];
        prepared.jacobian(x, y, jacobian);
        return new Answer(prepared.engineId(), y, jacobian, Optional.of(prepared.statistics()));
    }

    /** The hand-written derivative's answer, if the problem has one that offers the operator. */
    public static Optional<Answer> reference(Problem problem) {
        if (problem.reference().isEmpty()) {
            return Optional.empty();
        }
        HandDerivative hand = problem.reference().get();
        Graph graph = problem.graph();
        double[] x = problem.point();
        try {
            if (problem.operator() == Operator.GRADIENT) {
                double[] gradient = new double[graph.parameterCount()];
                double value = hand.gradient(x, gradient);
                return Optional.of(new Answer(HAND, new double[] {value}, gradient, Optional.empty()));
            }
            double[] y = new double[graph.outputSize()];
            double[] jacobian = new double[graph.outputSize() * graph.parameterCount()];
            hand.jacobian(x, y, jacobian);
            return Optional.of(new Answer(HAND, y, jacobian, Optional.empty()));
        } catch (UnsupportedOperationException e) {
            return Optional.empty();
        }
    }
}
