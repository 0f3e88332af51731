package org.autodiffbench.api.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.autodiffbench.api.primitives.Broadcast;
import org.autodiffbench.api.primitives.Concat;
import org.autodiffbench.api.primitives.Constant;
import org.autodiffbench.api.primitives.Gather;
import org.autodiffbench.api.primitives.PowConst;
import org.autodiffbench.api.primitives.Primitive;
import org.autodiffbench.api.primitives.Primitives;
import org.autodiffbench.api.primitives.Reshape;
import org.autodiffbench.api.primitives.ShapeException;
import org.autodiffbench.api.primitives.Slice;
import org.autodiffbench.api.primitives.Transpose;

/**
 * Builds a {@link Graph} one node at a time; the way models and the expression parser make graphs.
 *
 * <pre>{@code
 * GraphBuilder b = new GraphBuilder();
 * Var x1 = b.scalar("x1"), x2 = b.scalar("x2");
 * b.output(b.sub(b.add(b.log(x1), b.mul(x1, x2)), b.sin(x2)));
 * Graph f = b.build();
 * }</pre>
 *
 * Shapes are checked as each node is added, so a mistake is reported where it is made.
 */
public final class GraphBuilder {

    private final List<Input> inputs = new ArrayList<>();
    private final List<Node> nodes = new ArrayList<>();
    private final List<Integer> outputs = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private int stage;
    private int parameterOffset;
    private boolean built;

    /** A differentiable scalar input. */
    public Var scalar(String name) {
        return input(name, Shape.scalar(), InputRole.DIFFERENTIABLE, null);
    }

    /** A differentiable vector input of {@code n} elements. */
    public Var vector(String name, int n) {
        return input(name, Shape.vector(n), InputRole.DIFFERENTIABLE, null);
    }

    /** A differentiable {@code rows × cols} matrix input. */
    public Var matrix(String name, int rows, int cols) {
        return input(name, Shape.matrix(rows, cols), InputRole.DIFFERENTIABLE, null);
    }

    /** A fixed-data input with its value; it is never differentiated. */
    public Var data(String name, Shape shape, double... value) {
        return input(name, shape, InputRole.DATA, value);
    }

    /** A named input of any shape and role. */
    public Var input(String name, Shape shape, InputRole role, double[] data) {
        checkOpen();
        if (!names.add(name)) {
            throw new IllegalArgumentException("input '" + name + "' is declared twice");
        }
        int id = nodes.size();
        int offset = -1;
        if (role == InputRole.DIFFERENTIABLE) {
            offset = parameterOffset;
            parameterOffset = Math.addExact(parameterOffset, shape.size());
        }
        inputs.add(new Input(name, shape, role, id, offset, data));
        nodes.add(new Node(id, null, new int[0], shape, stage));
        return new Var(id, shape);
    }

    /** A constant scalar. */
    public Var constant(double value) {
        return apply(new Constant(Shape.scalar(), value));
    }

    /** A constant of any shape. */
    public Var constant(Shape shape, double... value) {
        return apply(new Constant(shape, value));
    }

    /** Applies a primitive to earlier nodes; the primitive's shape rule checks the operands. */
    public Var apply(Primitive primitive, Var... operands) {
        checkOpen();
        Shape[] shapes = new Shape[operands.length];
        int[] ids = new int[operands.length];
        for (int i = 0; i < operands.length; i++) {
            ids[i] = operands[i].id();
            if (ids[i] < 0 || ids[i] >= nodes.size() || !nodes.get(ids[i]).shape().equals(operands[i].shape())) {
                throw new IllegalArgumentException(primitive.name() + ": operand " + i + " is not a node of this builder");
            }
            shapes[i] = operands[i].shape();
        }
        Shape shape = primitive.shape(shapes);
        int id = nodes.size();
        nodes.add(new Node(id, primitive, ids, shape, stage));
        return new Var(id, shape);
    }

    public Var add(Var a, Var b) {
        return apply(Primitives.ADD, a, b);
    }

    public Var sub(Var a, Var b) {
        return apply(Primitives.SUB, a, b);
    }

    public Var mul(Var a, Var b) {
        return apply(Primitives.MUL, a, b);
    }

    public Var div(Var a, Var b) {
        return apply(Primitives.DIV, a, b);
    }

    /** aᵇ with a variable exponent. */
    public Var pow(Var a, Var b) {
        return apply(Primitives.POW, a, b);
    }

    /** xᵖ with a constant exponent. */
    public Var pow(Var x, double p) {
        return apply(new PowConst(p), x);
    }

    public Var neg(Var x) {
        return apply(Primitives.NEG, x);
    }

    public Var sin(Var x) {
        return apply(Primitives.SIN, x);
    }

    public Var cos(Var x) {
        return apply(Primitives.COS, x);
    }

    public Var tan(Var x) {
        return apply(Primitives.TAN, x);
    }

    public Var exp(Var x) {
        return apply(Primitives.EXP, x);
    }

    public Var log(Var x) {
        return apply(Primitives.LOG, x);
    }

    public Var sqrt(Var x) {
        return apply(Primitives.SQRT, x);
    }

    public Var tanh(Var x) {
        return apply(Primitives.TANH, x);
    }

    public Var sigmoid(Var x) {
        return apply(Primitives.SIGMOID, x);
    }

    public Var square(Var x) {
        return apply(Primitives.SQUARE, x);
    }

    /** W·x for a matrix W and a vector x. */
    public Var matVec(Var w, Var x) {
        return apply(Primitives.MATVEC, w, x);
    }

    /** The sum of every element. */
    public Var sum(Var x) {
        return apply(Primitives.SUM, x);
    }

    public Var dot(Var a, Var b) {
        return apply(Primitives.DOT, a, b);
    }

    // Reductions along an axis (a vector is a column; see Axis) and elementwise min, max and friends.

    /** The sum of each row: vector[rows] of a matrix. */
    public Var sumPerRow(Var x) {
        return apply(Primitives.SUM_PER_ROW, x);
    }

    /** The sum of each column: vector[cols] of a matrix, the scalar sum of a vector. */
    public Var sumPerColumn(Var x) {
        return apply(Primitives.SUM_PER_COLUMN, x);
    }

    /** The largest element, a scalar. */
    public Var maxOf(Var x) {
        return apply(Primitives.MAX, x);
    }

    /** The largest element of each row. */
    public Var maxPerRow(Var x) {
        return apply(Primitives.MAX_PER_ROW, x);
    }

    /** The largest element of each column. */
    public Var maxPerColumn(Var x) {
        return apply(Primitives.MAX_PER_COLUMN, x);
    }

    /** ln Σ exp(xᵢ) over every element, without overflow. */
    public Var logSumExp(Var x) {
        return apply(Primitives.LOG_SUM_EXP, x);
    }

    /** ln Σ exp of each row. */
    public Var logSumExpPerRow(Var x) {
        return apply(Primitives.LOG_SUM_EXP_PER_ROW, x);
    }

    /** ln Σ exp of each column. */
    public Var logSumExpPerColumn(Var x) {
        return apply(Primitives.LOG_SUM_EXP_PER_COLUMN, x);
    }

    /** The elementwise smaller of a and b. */
    public Var minimum(Var a, Var b) {
        return apply(Primitives.MINIMUM, a, b);
    }

    /** The elementwise larger of a and b. */
    public Var maximum(Var a, Var b) {
        return apply(Primitives.MAXIMUM, a, b);
    }

    public Var abs(Var x) {
        return apply(Primitives.ABS, x);
    }

    /** ln(1 + x). */
    public Var log1p(Var x) {
        return apply(Primitives.LOG1P, x);
    }

    /** eˣ − 1. */
    public Var expm1(Var x) {
        return apply(Primitives.EXPM1, x);
    }

    /** ln(1 + eˣ), without overflow. */
    public Var softplus(Var x) {
        return apply(Primitives.SOFTPLUS, x);
    }

    // Rearranging, indexing and selecting.

    /** The same elements in another shape of the same size, row-major order kept. */
    public Var reshape(Var x, Shape shape) {
        return apply(new Reshape(shape), x);
    }

    /** Elements {@code from … from+count−1} of a vector, or those rows of a matrix. */
    public Var slice(Var x, int from, int count) {
        return apply(new Slice(from, count), x);
    }

    /** Elements of a vector, or rows of a matrix, picked by index; an index may repeat. */
    public Var gather(Var x, int... indices) {
        return apply(new Gather(indices), x);
    }

    /** Vectors (a scalar counts as one element) end to end, or matrices of equal width stacked by rows. */
    public Var concat(Var... parts) {
        return apply(new Concat(parts.length), parts);
    }

    /** The matrix whose rows are these vectors of one length (scalars count as vectors of one element). */
    public Var stack(Var... vectors) {
        if (vectors.length == 0) {
            throw new ShapeException("stack", "needs at least one vector");
        }
        for (int i = 0; i < vectors.length; i++) {
            Shape s = vectors[i].shape();
            if (s.isMatrix()) {
                throw new ShapeException("stack", "row " + i + " is " + s + "; stack takes vectors (or scalars)");
            }
            if (s.size() != vectors[0].shape().size()) {
                throw new ShapeException("stack", "row " + i + " is " + s + " but row 0 is " + vectors[0].shape()
                        + "; stack needs vectors of one length");
            }
        }
        return reshape(concat(vectors), Shape.matrix(vectors.length, vectors[0].shape().size()));
    }

    /** Element-wise {@code condition ≠ 0 ? ifTrue : ifFalse}; a scalar operand broadcasts. */
    public Var select(Var condition, Var ifTrue, Var ifFalse) {
        return apply(Primitives.SELECT, condition, ifTrue, ifFalse);
    }

    /** 1 where a > b, else 0 (a scalar operand broadcasts); its derivative is zero. */
    public Var greater(Var a, Var b) {
        return apply(Primitives.GREATER, a, b);
    }

    /** 1 where a ≥ b, else 0. */
    public Var greaterOrEqual(Var a, Var b) {
        return apply(Primitives.GREATER_OR_EQUAL, a, b);
    }

    /** 1 where a < b, else 0: b > a. */
    public Var less(Var a, Var b) {
        return greater(b, a);
    }

    /** 1 where a ≤ b, else 0: b ≥ a. */
    public Var lessOrEqual(Var a, Var b) {
        return greaterOrEqual(b, a);
    }

    /** 1 where a = b, else 0. */
    public Var equal(Var a, Var b) {
        return apply(Primitives.EQUAL, a, b);
    }

    // Dense linear algebra.

    /** A·B for matrices A of r × k and B of k × c. */
    public Var matMul(Var a, Var b) {
        return apply(Primitives.MATMUL, a, b);
    }

    /** Xᵀ of a matrix; a vector[n] becomes the row matrix[1×n]. */
    public Var transpose(Var x) {
        return apply(Transpose.of(x.shape()), x);
    }

    /** The {@code rows} × c matrix whose every row is the vector v of c. */
    public Var broadcastRows(Var v, int rows) {
        return apply(Broadcast.rows(rows), v);
    }

    /** The r × {@code columns} matrix whose every column is the vector v of r. */
    public Var broadcastColumns(Var v, int columns) {
        return apply(Broadcast.columns(columns), v);
    }

    /**
     * Starts the next stage: nodes added from now on belong to it. Stage k may read its
     * predecessor's nodes and the inputs; a checkpointing engine recomputes it from those.
     */
    public GraphBuilder nextStage() {
        checkOpen();
        stage++;
        return this;
    }

    /** Marks a node as an output; outputs concatenate in the order they are marked. */
    public GraphBuilder output(Var v) {
        checkOpen();
        if (v.id() < 0 || v.id() >= nodes.size() || !nodes.get(v.id()).shape().equals(v.shape())) {
            throw new IllegalArgumentException("output: the node is not a node of this builder");
        }
        outputs.add(v.id());
        return this;
    }

    /** The immutable graph; the builder cannot be used afterwards. */
    public Graph build() {
        checkOpen();
        if (outputs.isEmpty()) {
            throw new IllegalStateException("a graph needs at least one output");
        }
        built = true;
        int[] out = outputs.stream().mapToInt(Integer::intValue).toArray();
        return new Graph(inputs, nodes, out, stage + 1);
    }

    private void checkOpen() {
        if (built) {
            throw new IllegalStateException("this builder has already built its graph");
        }
    }
}
