package org.autodiffbench.api.primitives;

import org.autodiffbench.api.graph.Shape;

/**
 * Element-wise choice, y_i = c_i ≠ 0 ? a_i : b_i, for a condition c and branches a (if true) and
 * b (if false); any of the three may be a scalar broadcast against the others. The condition is
 * piecewise constant, so its derivative is zero. JVP: ẏ_i = c_i ≠ 0 ? ȧ_i : ḃ_i, c's tangent
 * ignored. VJP: ā_i += ȳ_i where c_i ≠ 0, b̄_i += ȳ_i where c_i = 0, nothing to c̄; it reads the
 * condition and neither branch. Work: one test of c_i per element in each rule that touches a
 * branch.
 */
public final class Select implements Primitive {

    private static final String[] OPERANDS = {"condition", "ifTrue", "ifFalse"};

    /** y = c ≠ 0 ? a : b; a's partial is 1 where c ≠ 0, b's where c = 0 (or NaN ≠ 0 fails), c's 0. */
    private static final ElementwiseCode CODE = new ElementwiseCode() {
        @Override
        public String value(String... operands) {
            return "(" + operands[0] + " != 0.0 ? " + operands[1] + " : " + operands[2] + ")";
        }

        @Override
        public String partial(int operand, String[] operands, String result) {
            return switch (operand) {
                case 0 -> "0.0";
                case 1 -> "(" + operands[0] + " != 0.0 ? 1.0 : 0.0)";
                default -> "(" + operands[0] + " != 0.0 ? 0.0 : 1.0)";
            };
        }

        @Override
        public java.util.Optional<String> choice(int operand, String[] operands) {
            return switch (operand) {
                case 1 -> java.util.Optional.of(operands[0] + " != 0.0");
                case 2 -> java.util.Optional.of("!(" + operands[0] + " != 0.0)");
                default -> java.util.Optional.empty();
            };
        }
    };

    @Override
    public String name() {
        return "select";
    }

    @Override
    public int arity() {
        return 3;
    }

    @Override
    public Shape shape(Shape... operands) {
        ShapeRules.requireArity(name(), operands, 3);
        int widest = 0;
        for (int i = 1; i < 3; i++) {
            if (!operands[i].isScalar()) {
                if (!operands[widest].isScalar() && !operands[i].equals(operands[widest])) {
                    throw new ShapeException(name(), OPERANDS[i] + " " + operands[i] + " does not match "
                            + OPERANDS[widest] + " " + operands[widest] + " (only a scalar broadcasts)");
                }
                widest = operands[widest].isScalar() ? i : widest;
            }
        }
        return operands[widest];
    }

    @Override
    public void primal(double[][] operands, OperandLayout layout, double[] out) {
        double[] c = operands[0];
        double[] a = operands[1];
        double[] b = operands[2];
        int oc = layout.offset(0);
        int oa = layout.offset(1);
        int ob = layout.offset(2);
        int sc = layout.stride(0);
        int sa = layout.stride(1);
        int sb = layout.stride(2);
        for (int i = 0; i < out.length; i++) {
            out[i] = c[oc + i * sc] != 0.0 ? a[oa + i * sa] : b[ob + i * sb];
        }
    }

    @Override
    public void jvp(double[][] operands, OperandLayout layout, double[] out, double[][] tangents,
                    double[] tangentOut) {
        double[] c = operands[0];
        double[] da = tangents[1];
        double[] db = tangents[2];
        int oc = layout.offset(0);
        int oa = layout.offset(1);
        int ob = layout.offset(2);
        int sc = layout.stride(0);
        int sa = layout.stride(1);
        int sb = layout.stride(2);
        for (int i = 0; i < tangentOut.length; i++) {
            if (c[oc + i * sc] != 0.0) {
                tangentOut[i] = da == null ? 0.0 : da[oa + i * sa];
            } else {
                tangentOut[i] = db == null ? 0.0 : db[ob + i * sb];
            }
        }
    }

    @Override
    public void vjp(double[][] operands, OperandLayout layout, double[] out, double[] adjointOut,
                    double[][] adjoints) {
        double[] c = operands[0];
        double[] aBar = adjoints[1];
        double[] bBar = adjoints[2];
        int oc = layout.offset(0);
        int oa = layout.offset(1);
        int ob = layout.offset(2);
        int sc = layout.stride(0);
        int sa = layout.stride(1);
        int sb = layout.stride(2);
        for (int i = 0; i < adjointOut.length; i++) {
            if (c[oc + i * sc] != 0.0) {
                if (aBar != null) {
                    aBar[oa + i * sa] += adjointOut[i];
                }
            } else if (bBar != null) {
                bBar[ob + i * sb] += adjointOut[i];
            }
        }
    }

    @Override
    public java.util.Optional<ElementwiseCode> elementwiseCode() {
        return java.util.Optional.of(CODE);
    }

    @Override
    public Residuals residuals() {
        return Residuals.OPERANDS;
    }

    @Override
    public boolean vjpReadsOperand(int i) {
        return i == 0;
    }

    @Override
    public long primalFlops(Shape[] operands, Shape out) {
        return out.size();
    }

    @Override
    public long jvpFlops(Shape[] operands, Shape out, int i) {
        return i == 0 ? 0 : out.size();
    }

    @Override
    public long vjpFlops(Shape[] operands, Shape out, int i) {
        return i == 0 ? 0 : out.size();
    }

    @Override
    public String toString() {
        return name();
    }
}
