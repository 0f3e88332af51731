package org.autodiffbench.api.compile;

/**
 * The class every generated program extends: the entry points a compiled engine calls, and the
 * arrays the generated code reads and writes. A generated subclass holds the code; the arrays are
 * bound once at prepare (values, tangents, adjoints) or per call (the caller's arrays).
 * Not thread-safe, like the prepared engines that own it.
 */
public abstract class CompiledProgram {

    /** The flat arrays of values, tangents and adjoints, one slot layout for all three. */
    protected double[] v;
    protected double[] dv;
    protected double[] av;
    /**
     * The caller's arrays of the current call: point, direction, point adjoint, seed, outputs. Each
     * is stored only when the caller passes another array than last time: a reference stored into a
     * long-lived object costs a G1 write barrier with a memory fence, more than a small graph's
     * whole primal.
     */
    protected double[] x;
    protected double[] dx;
    protected double[] g;
    protected double[] seed;
    protected double[] y;
    protected double[] target;
    /** Where output tangents go in {@code target}: element i of the outputs at start + i·stride. */
    protected int start;
    protected int stride;

    /** For generated subclasses only: a program is made by {@link GraphCompiler}. */
    protected CompiledProgram() {
    }

    final void bindStorage(double[] values, double[] tangents, double[] adjoints) {
        this.v = values;
        this.dv = tangents;
        this.av = adjoints;
    }

    /** Evaluates every useful node at the point x (read in place, not copied). */
    public final void primal(double[] point) {
        if (x != point) {
            x = point;
        }
        runPrimal();
    }

    /** One tangent sweep in direction {@code direction}, reading the values of the last {@link #primal}. */
    public final void tangent(double[] direction) {
        if (dx != direction) {
            dx = direction;
        }
        runTangent();
    }

    /**
     * The primal at {@code point} and one tangent sweep in {@code direction}, fused node by node:
     * what {@link #primal} then {@link #tangent} compute, in one pass over the values.
     */
    public final void primalAndTangent(double[] point, double[] direction) {
        if (x != point) {
            x = point;
        }
        if (dx != direction) {
            dx = direction;
        }
        runPrimalAndTangent();
    }

    /**
     * One adjoint sweep from the output cotangent {@code cotangent}, over the values of the last
     * {@link #primal}; writes every entry of the point adjoint {@code pointAdjoint}.
     */
    public final void adjoint(double[] cotangent, double[] pointAdjoint) {
        if (seed != cotangent) {
            seed = cotangent;
        }
        if (g != pointAdjoint) {
            g = pointAdjoint;
        }
        runAdjoint();
    }

    /** Copies the outputs of the last {@link #primal}, concatenated, into {@code outputs}. */
    public final void readValues(double[] outputs) {
        if (y != outputs) {
            y = outputs;
        }
        runReadValues();
    }

    /** Writes output tangent i of the last {@link #tangent} to {@code into[from + i·step]}. */
    public final void readTangents(double[] into, int from, int step) {
        if (target != into) {
            target = into;
        }
        this.start = from;
        this.stride = step;
        runReadTangents();
    }

    /**
     * Starts a stage-by-stage evaluation at the point x (read in place): then each stage runs from
     * its input, stage 0 from the point. Only a program compiled by
     * {@link GraphCompiler#compileStages} has stage code.
     */
    public final void beginStages(double[] point) {
        if (x != point) {
            x = point;
        }
        runBeginPrimal();
    }

    /** Evaluates stage k from its input, which the values of stage k − 1 in their bank hold. */
    public final void stagePrimal(int k) {
        runStagePrimal(k);
    }

    /**
     * Starts the adjoint steps from the output cotangent {@code cotangent}, accumulating into the
     * point adjoint {@code pointAdjoint}: they run last stage first, each over its stage's values.
     */
    public final void beginStageAdjoints(double[] cotangent, double[] pointAdjoint) {
        if (seed != cotangent) {
            seed = cotangent;
        }
        if (g != pointAdjoint) {
            g = pointAdjoint;
        }
        runBeginAdjoint();
    }

    /** The adjoint step of stage k, over the values of its last {@link #stagePrimal}. */
    public final void stageAdjoint(int k) {
        runStageAdjoint(k);
    }

    /** Ends the adjoint steps: writes the zeros of the point adjoints that no stage wrote. */
    public final void endStageAdjoints() {
        runEndAdjoint();
    }

    protected abstract void runPrimal();

    protected abstract void runBeginPrimal();

    protected abstract void runStagePrimal(int k);

    protected abstract void runBeginAdjoint();

    protected abstract void runStageAdjoint(int k);

    protected abstract void runEndAdjoint();

    protected abstract void runTangent();

    protected abstract void runPrimalAndTangent();

    protected abstract void runAdjoint();

    protected abstract void runReadValues();

    protected abstract void runReadTangents();
}
