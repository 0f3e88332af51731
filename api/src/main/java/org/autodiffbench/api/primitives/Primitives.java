package org.autodiffbench.api.primitives;

import java.util.List;

/** The shared instances of the parameterless primitives, and the whole set for tests and listings. */
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

    private Primitives() {
    }

    /** Every differentiable primitive, with one instance of each parameterised one. */
    public static List<Primitive> all() {
        return List.of(ADD, SUB, MUL, DIV, POW, new PowConst(3.0), NEG, SIN, COS, TAN, EXP, LOG, SQRT, TANH,
                SIGMOID, SQUARE, MATVEC, SUM, DOT,
                MATMUL, new Transpose(2, 3), Broadcast.rows(2), Broadcast.columns(2));
    }
}
