package org.autodiffbench.api.primitives;

import java.util.List;
import org.autodiffbench.api.graph.Shape;

/**
 * The shared instances of the parameterless primitives and of each reduction along each axis, and
 * the whole set for tests and listings.
 */
public final class Primitives {

    public static final Primitive ADD = new Add();
    public static final Primitive SUB = new Sub();
    public static final Primitive MUL = new Mul();
    public static final Primitive DIV = new Div();
    public static final Primitive POW = new Pow();
    public static final Primitive NEG = new Neg();
    public static final Primitive SIN = new Sin();
    public static final Primitive COS = new Cos();
    public static final Primitive TAN = new Tan();
    public static final Primitive EXP = new Exp();
    public static final Primitive LOG = new Log();
    public static final Primitive SQRT = new Sqrt();
    public static final Primitive TANH = new Tanh();
    public static final Primitive SIGMOID = new Sigmoid();
    public static final Primitive SQUARE = new Square();
    public static final Primitive MATVEC = new MatVec();
    public static final Primitive SUM = new Sum();
    public static final Primitive DOT = new Dot();
    public static final Primitive MATMUL = new MatMul();
    public static final Primitive SELECT = new Select();
    public static final Primitive GREATER = new Compare(Compare.Kind.GREATER);
    public static final Primitive GREATER_OR_EQUAL = new Compare(Compare.Kind.GREATER_OR_EQUAL);
    public static final Primitive EQUAL = new Compare(Compare.Kind.EQUAL);

    // Reductions along an axis and the elementwise functions built on comparisons and logarithms.
    public static final Primitive SUM_PER_ROW = new AxisSum(Axis.PER_ROW);
    public static final Primitive SUM_PER_COLUMN = new AxisSum(Axis.PER_COLUMN);
    public static final Primitive MAX = new Max(Axis.ALL);
    public static final Primitive MAX_PER_ROW = new Max(Axis.PER_ROW);
    public static final Primitive MAX_PER_COLUMN = new Max(Axis.PER_COLUMN);
    public static final Primitive LOG_SUM_EXP = new LogSumExp(Axis.ALL);
    public static final Primitive LOG_SUM_EXP_PER_ROW = new LogSumExp(Axis.PER_ROW);
    public static final Primitive LOG_SUM_EXP_PER_COLUMN = new LogSumExp(Axis.PER_COLUMN);
    public static final Primitive MINIMUM = new Minimum();
    public static final Primitive MAXIMUM = new Maximum();
    public static final Primitive ABS = new Abs();
    public static final Primitive LOG1P = new Log1p();
    public static final Primitive EXPM1 = new Expm1();
    public static final Primitive SOFTPLUS = new Softplus();

    private Primitives() {
    }

    /**
     * Every differentiable primitive, with one instance of each parameterised one, chosen so that
     * it accepts some of the conformance kit's shapes (scalar, vector[3], matrix[2×3]), and a
     * reduction along each of its axes (the axis changes which elements the kernels visit).
     */
    public static List<Primitive> all() {
        return List.of(ADD, SUB, MUL, DIV, POW, new PowConst(3.0), NEG, SIN, COS, TAN, EXP, LOG, SQRT, TANH,
                SIGMOID, SQUARE, MATVEC, SUM, DOT,
                SUM_PER_ROW, SUM_PER_COLUMN, MAX, MAX_PER_ROW, MAX_PER_COLUMN, LOG_SUM_EXP, LOG_SUM_EXP_PER_ROW,
                LOG_SUM_EXP_PER_COLUMN, MINIMUM, MAXIMUM, ABS, LOG1P, EXPM1, SOFTPLUS,
                new Reshape(Shape.matrix(3, 2)), new Slice(1, 1), new Gather(1, 0, 1), new Concat(3), SELECT,
                GREATER, GREATER_OR_EQUAL, EQUAL,
                MATMUL, new Transpose(2, 3), Broadcast.rows(2), Broadcast.columns(2));
    }
}
