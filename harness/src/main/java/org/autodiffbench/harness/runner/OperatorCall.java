package org.autodiffbench.harness.runner;

import java.util.Optional;
import java.util.Random;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.PreparedDiff;

/**
 * One operator of a prepared engine at a fixed point, with its output buffers allocated once:
 * what JMH times and what the probe checks. A JVP or VJP uses a seeded Gaussian direction (v of
 * length n, u of length m), the same for every engine.
 */
final class OperatorCall {

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

    /** Allocates the buffers of {@code operator} for {@code target}'s graph at the point {@code x}. */
    static OperatorCall of(PreparedDiff target, Operator operator, double[] x, long seed) {
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
    double call() {
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
    Answer answer() {
        return new Answer(target.engineId(), y, derivative, Optional.empty());
    }

    PreparedDiff target() {
        return target;
    }

    Operator operator() {
        return operator;
    }

    /** The JVP's v or the VJP's u; empty for the other operators. */
    double[] direction() {
        return direction.clone();
    }
}
