package org.autodiffbench.api.kernels;

/**
 * The dense linear-algebra loops shared by the matvec, matmul, dot and sum primitives and the
 * hand-written gradients of the model families, so that a hand-written baseline and an engine
 * run the same inner loops. Every array is addressed from an offset, so a matrix can be read in
 * place from a flat parameter vector. Matrices are row-major.
 *
 * <p>Two implementations exist: {@link ScalarKernels}, plain Java loops, and a vector one built on
 * {@code jdk.incubator.vector}. {@link #chosen()} is the set this JVM uses, picked once by
 * {@link KernelSelection}. Results of the two agree to rounding, not bit for bit: they add in a
 * different order.
 */
public interface DenseKernels {

    /** The kernel set this JVM uses, picked once (see {@link KernelSelection}). */
    static DenseKernels chosen() {
        return KernelSelection.current().kernels();
    }

    /** What these kernels are, in a few words, e.g. "scalar: eight-accumulator Java loops". */
    String describe();

    /** Σ a[aOff + k]·b[bOff + k] for k in [0, n). */
    double dot(double[] a, int aOff, double[] b, int bOff, int n);

    /** Σ a[aOff + k]·b[k] for k in [0, n). */
    default double dot(double[] a, int aOff, double[] b, int n) {
        return dot(a, aOff, b, 0, n);
    }

    /** Σ a[off + k] for k in [0, n). */
    double sum(double[] a, int off, int n);

    /**
     * The most units in the last place by which {@link #tanh} may differ from {@link Math#tanh}:
     * the vector kernels' largest difference over 30 million arguments in [-31, 31] (uniform, log-uniform
     * from 2⁻⁶⁰ and saturating) on AVX-512.
     */
    int TANH_ULPS = 2;

    /**
     * y[yOff + k] = tanh x[xOff + k] for k in [0, n); y may be x at the same offset. The scalar
     * kernels call {@link Math#tanh}; others stay within {@value #TANH_ULPS} ulps of it. The vector
     * operator runs {@code Math.tanh} lane by lane until C2 compiles it to its vector form, so the
     * same call's result may move by up to {@value #TANH_ULPS} ulps as the JVM warms up.
     */
    void tanh(double[] x, int xOff, double[] y, int yOff, int n);

    /** y = W·x for W of {@code rows × cols} at {@code wOff} and x at {@code xOff}. */
    void matVec(double[] w, int wOff, double[] x, int xOff, double[] y, int rows, int cols);

    /** y = W·x for W of {@code rows × cols}. */
    default void matVec(double[] w, double[] x, double[] y, int rows, int cols) {
        matVec(w, 0, x, 0, y, rows, cols);
    }

    /** xBar[xBarOff …] += Wᵀ·yBar for W of {@code rows × cols} at {@code wOff}. */
    void addTransposedMatVec(double[] w, int wOff, double[] yBar, double[] xBar, int xBarOff, int rows, int cols);

    /** xBar += Wᵀ·yBar for W of {@code rows × cols}. */
    default void addTransposedMatVec(double[] w, double[] yBar, double[] xBar, int rows, int cols) {
        addTransposedMatVec(w, 0, yBar, xBar, 0, rows, cols);
    }

    /** wBar[wBarOff …] += yBar·xᵀ, the outer product, for wBar of {@code rows × cols}, x at {@code xOff}. */
    void addOuter(double[] yBar, double[] x, int xOff, double[] wBar, int wBarOff, int rows, int cols);

    /** wBar += yBar·xᵀ for wBar of {@code rows × cols}. */
    default void addOuter(double[] yBar, double[] x, double[] wBar, int rows, int cols) {
        addOuter(yBar, x, 0, wBar, 0, rows, cols);
    }

    /** target[targetOff …] = yBar·xᵀ, overwriting, for a {@code rows × cols} target, x at {@code xOff}. */
    void outer(double[] yBar, double[] x, int xOff, double[] target, int targetOff, int rows, int cols);

    /**
     * One backpropagation step through y = W·x: target[targetOff …] = yBar·xᵀ (overwriting) and
     * xBar[xBarOff …] += Wᵀ·yBar, for W and target of {@code rows × cols}. Both walk the rows of
     * a {@code rows × cols} matrix, so a kernel may do them in one pass. xBar must not share an
     * array with x.
     */
    void outerAndAddTransposedMatVec(double[] yBar, double[] x, int xOff, double[] target, int targetOff,
                                     double[] w, int wOff, double[] xBar, int xBarOff, int rows, int cols);

    /**
     * C = A·B, or C += A·B when {@code add}, for A of {@code rows × inner} at {@code aOff}, B of
     * {@code inner × cols} at {@code bOff} and C of {@code rows × cols} at {@code cOff}.
     */
    void matMul(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff,
                int rows, int inner, int cols, boolean add);

    /**
     * C = A·Bᵀ, or C += A·Bᵀ when {@code add}, for A of {@code rows × inner}, B of
     * {@code cols × inner} and C of {@code rows × cols}: each entry is a dot product of two rows.
     */
    void matMulTransposedRight(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff,
                               int rows, int inner, int cols, boolean add);

    /**
     * C = Aᵀ·B, or C += Aᵀ·B when {@code add}, for A of {@code inner × rows}, B of
     * {@code inner × cols} and C of {@code rows × cols}.
     */
    void matMulTransposedLeft(double[] a, int aOff, double[] b, int bOff, double[] c, int cOff,
                              int rows, int inner, int cols, boolean add);
}
