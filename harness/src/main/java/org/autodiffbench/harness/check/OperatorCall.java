package org.autodiffbench.harness.check;

import java.util.Optional;
import java.util.Random;
import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.PrimitiveSupport;
import org.autodiffbench.api.UnsupportedOperatorException;
import org.autodiffbench.api.UnsupportedPrimitiveException;
import org.autodiffbench.api.graph.Graph;

/**
 * One operator of a prepared engine at a fixed point, with its output buffers allocated once:
 * the one path from an engine to an answer, taken by the {@code gradient} command, by a cell's
 * check and by its JMH benchmark alike. A JVP or VJP uses a seeded Gaussian direction (v of
 * length n, u of length m), the same for every engine.
 */
public final class OperatorCall {

    private final PreparedDiff target;
    private final Operator operator;
    private final double[] x;
    private final double[] direction;
    private final double[] y;
    private final double[] derivative;

    private OperatorCall(PreparedDiff target, Operator operator, double[] x, double[] direction, double[] y,
                         double[] derivative) {
        this.target = target;
        this.operator = operator;
        this.x = x;
        this.direction = direction;
        this.y = y;
        this.derivative = derivative;
    }

    /**
     * Prepares an engine for {@code operator} on {@code graph} and allocates the call. What goes
     * wrong here is the caller's to fix: an option or a graph the engine refuses.
     *
     * @throws IllegalArgumentException for an option the engine does not list, a bad value, or a graph it refuses
     * @throws UnsupportedOperatorException if the engine does not offer the operator
     * @throws UnsupportedPrimitiveException if the graph uses a primitive the engine lacks, whether it
     *     declares so (checked before preparing) or its preparation finds out
     */
    public static OperatorCall prepare(DiffEngine engine, EngineOptions options, Graph graph, Operator operator,
                                       double[] x, long seed) {
        requireAccepted(engine, options, graph, operator);
        return of(engine.prepare(graph, options), operator, x, seed);
    }

    /**
     * Refuses, before anything is prepared, what the engine says it does not accept: an option it
     * does not list, an operator it does not offer, a primitive it declares it lacks.
     *
     * @throws IllegalArgumentException for an option the engine does not list or a bad value
     * @throws UnsupportedOperatorException if the engine does not offer the operator
     * @throws UnsupportedPrimitiveException if the graph uses a primitive the engine declares it lacks
     */
    public static void requireAccepted(DiffEngine engine, EngineOptions options, Graph graph, Operator operator) {
        options.requireKnown(engine.id(), engine.options());
        if (!engine.capabilities().contains(operator)) {
            throw new UnsupportedOperatorException(engine.id(), operator);
        }
        PrimitiveSupport.require(engine, graph);
    }

    /** Allocates the buffers of {@code operator} for {@code target}'s graph at the point {@code x}. */
    public static OperatorCall of(PreparedDiff target, Operator operator, double[] x, long seed) {
        int n = target.graph().parameterCount();
        int m = target.graph().outputSize();
        double[] direction = switch (operator) {
            case JVP -> gaussian(n, seed);
            case VJP -> gaussian(m, seed);
            default -> new double[0];
        };
        int derivativeLength = switch (operator) {
            case VALUE -> 0;
            case GRADIENT, VJP -> n;
            case JVP -> m;
            case JACOBIAN -> m * n;
        };
        return new OperatorCall(target, operator, x.clone(), direction, new double[m], new double[derivativeLength]);
    }

    /** A seeded direction of independent standard normal entries. */
    static double[] gaussian(int length, long seed) {
        Random random = new Random(seed);
        double[] v = new double[length];
        for (int i = 0; i < length; i++) {
            v[i] = random.nextGaussian();
        }
        return v;
    }

    /** Makes the call; returns the first output so that JMH keeps the work alive. */
    public double call() {
        switch (operator) {
            case VALUE -> target.value(x, y);
            case GRADIENT -> y[0] = target.gradient(x, derivative);
            case JVP -> target.jvp(x, direction, y, derivative);
            case VJP -> target.vjp(x, direction, y, derivative);
            case JACOBIAN -> target.jacobian(x, y, derivative);
        }
        return y.length == 0 ? 0.0 : y[0];
    }

    /** What the last call answered: f(x) and the operator's derivative. */
    public Answer answer() {
        return new Answer(target.engineId(), y, derivative, Optional.empty());
    }

    /**
     * What the last call answered, with the engine's statistics of it (none for a hand-written
     * derivative, which counts nothing).
     */
    public Answer answerWithStatistics() {
        Optional<CallStatistics> statistics = target instanceof HandPrepared ? Optional.empty()
                : Optional.of(target.statistics());
        return new Answer(target.engineId(), y, derivative, statistics);
    }

    public PreparedDiff target() {
        return target;
    }

    public Operator operator() {
        return operator;
    }

    /** The JVP's v or the VJP's u; empty for the other operators. */
    public double[] direction() {
        return direction.clone();
    }
}
