package org.autodiffbench.api;

import org.autodiffbench.api.graph.Graph;

/**
 * An engine prepared for one graph: every buffer is allocated, and each call fills arrays the
 * caller supplies, allocating nothing in steady state. Not thread-safe; prepare one per thread.
 *
 * <p>x is the flat point vector of the graph's differentiable inputs (length n =
 * {@link Graph#parameterCount()}), y the concatenated outputs (length m = {@link Graph#outputSize()}).
 * An operator the engine does not offer throws {@link UnsupportedOperatorException}.
 *
 * <p>{@link #close()} releases what the object holds outside the Java heap (an engine built on a
 * native library frees its tensors there); engines that hold nothing of the kind need not
 * override it.
 */
public interface PreparedDiff extends AutoCloseable {

    /** The id of the engine that prepared this object. */
    String engineId();

    /** The graph this object was prepared for. */
    Graph graph();

    /** y = f(x). */
    void value(double[] x, double[] y);

    /**
     * The gradient of a scalar f at x, written into {@code gradient} (length n).
     *
     * @return f(x)
     */
    default double gradient(double[] x, double[] gradient) {
        throw new UnsupportedOperatorException(engineId(), Operator.GRADIENT);
    }

    /** y = f(x) and ẏ = J(x)·v in one call. */
    default void jvp(double[] x, double[] v, double[] y, double[] yDot) {
        throw new UnsupportedOperatorException(engineId(), Operator.JVP);
    }

    /** y = f(x) and x̄ = J(x)ᵀ·u in one call. */
    default void vjp(double[] x, double[] u, double[] y, double[] xBar) {
        throw new UnsupportedOperatorException(engineId(), Operator.VJP);
    }

    /** y = f(x) and the m × n Jacobian, row-major: {@code jacobian[i*n + j] = ∂yᵢ/∂xⱼ}. */
    default void jacobian(double[] x, double[] y, double[] jacobian) {
        throw new UnsupportedOperatorException(engineId(), Operator.JACOBIAN);
    }

    /** What the last call did. */
    CallStatistics statistics();

    /** Releases native resources; the object must not be called afterwards. Does nothing by default. */
    @Override
    default void close() {
    }
}
