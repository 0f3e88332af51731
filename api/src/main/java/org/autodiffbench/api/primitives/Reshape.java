package org.autodiffbench.api.primitives;

import org.autodiffbench.api.graph.Shape;

/**
 * The same elements in another shape of the same size, row-major order kept: y = x read as the
 * target shape. JVP: ẏ = ẋ. VJP: x̄ += ȳ. A copy costs no flops; the VJP's additions do.
 */
public final class Reshape extends Rearrangement {

    private final Shape target;

    public Reshape(Shape target) {
        this.target = target;
    }

    /** The shape every value is reshaped to. */
    public Shape target() {
        return target;
    }

    @Override
    public String name() {
        return "reshape";
    }

    @Override
    public String describe() {
        return "reshape[" + target + "]";
    }

    @Override
    public int arity() {
        return 1;
    }

    @Override
    public Shape shape(Shape... operands) {
        ShapeRules.requireArity(name(), operands, 1);
        Shape x = operands[0];
        if (x.size() != target.size()) {
            throw new ShapeException(name(), "cannot make " + target + " (" + target.size() + " elements) of "
                    + x + " (" + x.size() + " elements); the sizes must be equal");
        }
        return target;
    }

    @Override
    public int[][] elementSources(Shape[] operands, int size) {
        return consecutive(0, size);
    }

    @Override
    public void primal(double[][] operands, OperandLayout layout, double[] out) {
        System.arraycopy(operands[0], layout.offset(0), out, 0, out.length);
    }

    @Override
    public void jvp(double[][] operands, OperandLayout layout, double[] out, double[][] tangents,
                    double[] tangentOut) {
        System.arraycopy(tangents[0], layout.offset(0), tangentOut, 0, tangentOut.length);
    }

    @Override
    public void vjp(double[][] operands, OperandLayout layout, double[] out, double[] adjointOut,
                    double[][] adjoints) {
        double[] xBar = adjoints[0];
        if (xBar == null) {
            return;
        }
        addBlock(adjointOut, 0, xBar, layout.offset(0), adjointOut.length);
    }

    /** A first write is a plain copy. */
    @Override
    public void vjpAssign(double[][] operands, OperandLayout layout, double[] out, double[] adjointOut,
                          double[][] adjoints, boolean[] assign) {
        if (adjoints[0] != null && assign[0]) {
            System.arraycopy(adjointOut, 0, adjoints[0], layout.offset(0), adjointOut.length);
        } else {
            vjp(operands, layout, out, adjointOut, adjoints);
        }
    }

    @Override
    public long vjpFlops(Shape[] operands, Shape out, int i) {
        return out.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Reshape other && target.equals(other.target);
    }

    @Override
    public int hashCode() {
        return target.hashCode();
    }
}
