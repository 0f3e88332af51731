package org.autodiffbench.models;

/**
 * A derivative written by hand for one model instance. Like a prepared engine it allocates its
 * buffers up front and fills caller-supplied arrays, so it is also the timing baseline.
 * A family implements the operators that make sense for it; the others throw
 * {@link UnsupportedOperationException}.
 */
public interface HandDerivative {

    /** y = f(x), hand-written. */
    void value(double[] x, double[] y);

    /** The gradient of a scalar f, written into {@code gradient}; returns f(x). */
    default double gradient(double[] x, double[] gradient) {
        throw new UnsupportedOperationException("this model has no hand-written gradient");
    }

    /** y = f(x) and the m × n Jacobian, row-major. */
    default void jacobian(double[] x, double[] y, double[] jacobian) {
        throw new UnsupportedOperationException("this model has no hand-written Jacobian");
    }

    /**
     * y = f(x) and the directional derivative ẏ = J·v in one forward sweep, the tangent a person
     * writes by hand beside the primal: the speed of light of one JVP.
     */
    default void jvp(double[] x, double[] v, double[] y, double[] yDot) {
        throw new UnsupportedOperationException("this model has no hand-written JVP");
    }
}
