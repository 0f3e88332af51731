package org.autodiffbench.plugins.commonsmath;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.autodiffbench.api.CallCounter;
import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.UnsupportedPrimitiveException;
import org.autodiffbench.api.eval.CallArguments;
import org.autodiffbench.api.eval.Footprint;
import org.autodiffbench.api.eval.PrimalPlan;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Input;
import org.autodiffbench.api.graph.Node;
import org.autodiffbench.api.graph.Shape;
import org.autodiffbench.api.primitives.Primitive;

/**
 * The graph interpreted element by element with {@link DerivativeStructure}s. Every scalar
 * element of a node that depends on the point is a DerivativeStructure; the other nodes
 * (data, constants and what is computed from them alone) are plain doubles of the api's
 * {@link PrimalPlan}, which also computes {@link #value}. A gradient or a Jacobian seeds each
 * differentiable scalar xⱼ as free parameter j of P and makes one sweep; a jvp seeds one
 * parameter with the direction v.
 *
 * <p>Statistics: one tangent sweep per derivative call. Flops are counted as a forward engine
 * with P lanes would count them: every useful node's primal work plus, for each operand that
 * depends on the point, its JVP rule's work times the number of directions carried (P for a
 * gradient or a Jacobian, 1 for a jvp). Retained bytes are the DerivativeStructures held
 * through the sweep, one per element of every node that depends on the point (inputs
 * included), each a 24-byte object and its array of 1 + P doubles (1 + 1 for a jvp), plus the
 * primal plan's intermediate buffers; the temporaries of a running sum are garbage at once and
 * are not counted. Commons Math's derivative tables are shared across calls and reported
 * separately as the detail {@value #TABLE_BYTES}. Unlike the project's own engines, every
 * DerivativeStructure operation allocates, so calls allocate in proportion to the work.
 */
final class DerivativeStructureSweep implements PreparedDiff {

    static final String TABLE_BYTES = "dsCompilerTableBytes";
    /** Object header and two references of a DerivativeStructure, with compressed pointers. */
    private static final long OBJECT_BYTES = 24;

    /** Computes every element of one node from its operands' elements. */
    private interface NodeRule {
        void apply();
    }

    /** The primitives composed from products and sums of elements, by name. */
    private static final Map<String, BiConsumer<DerivativeStructureSweep, Node>> REDUCTIONS = Map.of(
            "matvec", DerivativeStructureSweep::applyMatVec,
            "sum", DerivativeStructureSweep::applySum,
            "dot", DerivativeStructureSweep::applyDot);

    private final Graph graph;
    private final int parameters;
    private final PrimalPlan primal;
    /** Useful non-input nodes in order; null rule for a node that does not depend on the point. */
    private final int[] order;
    private final NodeRule[] rules;
    private final DerivativeStructure[][] elements;
    private final long primalFlops;
    private final long jvpFlops;
    private final long variedElements;
    private final CallCounter counter = new CallCounter();
    private final long[] tableBytes;

    DerivativeStructureSweep(Graph graph) {
        this.graph = graph;
        this.parameters = graph.parameterCount();
        this.primal = new PrimalPlan(graph);
        this.elements = new DerivativeStructure[graph.nodeCount()][];
        this.rules = new NodeRule[graph.nodeCount()];
        List<Integer> useful = new ArrayList<>();
        long primalWork = 0;
        long jvpWork = 0;
        long varied = 0;
        for (Node node : graph.nodes()) {
            int id = node.id();
            if (!graph.isUseful(id) && !graph.isDifferentiableInput(id)) {
                continue;
            }
            if (graph.isVaried(id)) {
                elements[id] = new DerivativeStructure[node.shape().size()];
                varied += node.shape().size();
            }
            if (node.isInput()) {
                continue;
            }
            useful.add(id);
            Shape[] shapes = graph.operandShapes(node);
            primalWork += node.primitive().primalFlops(shapes, node.shape());
            if (graph.isVaried(id)) {
                rules[id] = rule(node);
                for (int i = 0; i < node.operandCount(); i++) {
                    if (graph.isVaried(node.operand(i))) {
                        jvpWork += node.primitive().jvpFlops(shapes, node.shape(), i);
                    }
                }
            }
        }
        this.order = useful.stream().mapToInt(Integer::intValue).toArray();
        this.primalFlops = primalWork;
        this.jvpFlops = jvpWork;
        this.variedElements = varied;
        this.tableBytes = counter.detail(TABLE_BYTES);
    }

    /** Does the sweep have a rule for {@code primitive}? What it has not, the engine declares lacking. */
    static boolean translates(Primitive primitive) {
        return ElementRules.unary(primitive) != null || ElementRules.binary(primitive) != null
                || REDUCTIONS.containsKey(primitive.name());
    }

    private NodeRule rule(Node node) {
        Primitive primitive = node.primitive();
        UnaryOperator<DerivativeStructure> unary = ElementRules.unary(primitive);
        if (unary != null) {
            return () -> applyUnary(node, unary);
        }
        ElementRules.Binary binary = ElementRules.binary(primitive);
        if (binary != null) {
            return () -> applyBinary(node, binary);
        }
        BiConsumer<DerivativeStructureSweep, Node> reduction = REDUCTIONS.get(primitive.name());
        if (reduction == null) {
            throw new UnsupportedPrimitiveException(CommonsMathEngine.ID, primitive.name(), node.id());
        }
        return () -> reduction.accept(this, node);
    }

    @Override
    public String engineId() {
        return CommonsMathEngine.ID;
    }

    @Override
    public Graph graph() {
        return graph;
    }

    @Override
    public void value(double[] x, double[] y) {
        counter.reset();
        counter.flops(primal.evaluate(x, y));
        counter.stageEvaluations(graph.stageCount());
    }

    @Override
    public double gradient(double[] x, double[] gradient) {
        CallArguments.requireScalarOutput(graph);
        CallArguments.requireLength("gradient", gradient, parameters);
        double[] y = new double[1];
        jacobian(x, y, gradient);
        return y[0];
    }

    @Override
    public void jacobian(double[] x, double[] y, double[] jacobian) {
        CallArguments.requireLength("output", y, graph.outputSize());
        CallArguments.requireLength("jacobian", jacobian, (long) graph.outputSize() * parameters);
        counter.reset();
        primal.load(x);
        for (Input input : graph.differentiableInputs()) {
            DerivativeStructure[] seeds = elements[input.nodeId()];
            for (int k = 0; k < seeds.length; k++) {
                int j = input.offset() + k;
                seeds[k] = new DerivativeStructure(parameters, 1, j, x[j]);
            }
        }
        sweep(parameters);
        int row = 0;
        for (int k = 0; k < graph.outputCount(); k++) {
            int id = graph.output(k);
            int size = graph.node(id).shape().size();
            for (int e = 0; e < size; e++, row++) {
                if (elements[id] == null) {
                    y[row] = primal.value(id)[e];
                    Arrays.fill(jacobian, row * parameters, (row + 1) * parameters, 0.0);
                } else {
                    // For first order the data is [f, ∂f/∂x0, …, ∂f/∂x(P−1)].
                    double[] all = elements[id][e].getAllDerivatives();
                    y[row] = all[0];
                    System.arraycopy(all, 1, jacobian, row * parameters, parameters);
                }
            }
        }
        tableBytes[0] = CompilerTables.bytes(parameters);
    }

    @Override
    public void jvp(double[] x, double[] v, double[] y, double[] yDot) {
        CallArguments.requireLength("direction", v, parameters);
        CallArguments.requireLength("output", y, graph.outputSize());
        CallArguments.requireLength("tangent output", yDot, graph.outputSize());
        counter.reset();
        primal.load(x);
        for (Input input : graph.differentiableInputs()) {
            DerivativeStructure[] seeds = elements[input.nodeId()];
            for (int k = 0; k < seeds.length; k++) {
                int j = input.offset() + k;
                seeds[k] = new DerivativeStructure(1, 1, x[j], v[j]);
            }
        }
        sweep(1);
        int row = 0;
        for (int k = 0; k < graph.outputCount(); k++) {
            int id = graph.output(k);
            int size = graph.node(id).shape().size();
            for (int e = 0; e < size; e++, row++) {
                DerivativeStructure element = elements[id] == null ? null : elements[id][e];
                y[row] = element == null ? primal.value(id)[e] : element.getValue();
                yDot[row] = element == null ? 0.0 : element.getPartialDerivative(1);
            }
        }
        tableBytes[0] = CompilerTables.bytes(1);
    }

    /** One forward sweep carrying {@code directions} derivatives per element. */
    private void sweep(int directions) {
        for (int id : order) {
            if (rules[id] == null) {
                primal.evaluate(id);
            } else {
                rules[id].apply();
            }
        }
        counter.tangentSweep();
        counter.stageEvaluations(graph.stageCount());
        counter.flops(primalFlops + directions * jvpFlops);
        counter.retained(variedElements * (OBJECT_BYTES + Footprint.doubles(directions + 1))
                + primal.intermediateBytes());
    }

    // ---- node rules: operand elements are DerivativeStructures where the operand depends on the point,
    // ---- doubles of the primal plan elsewhere; a scalar operand is broadcast.

    private void applyUnary(Node node, UnaryOperator<DerivativeStructure> f) {
        DerivativeStructure[] x = elements[node.operand(0)];
        DerivativeStructure[] out = elements[node.id()];
        for (int i = 0; i < out.length; i++) {
            out[i] = f.apply(x[i]);
        }
    }

    private void applyBinary(Node node, ElementRules.Binary f) {
        int a = node.operand(0);
        int b = node.operand(1);
        DerivativeStructure[] dsA = elements[a];
        DerivativeStructure[] dsB = elements[b];
        double[] valueA = dsA == null ? primal.value(a) : null;
        double[] valueB = dsB == null ? primal.value(b) : null;
        int strideA = graph.node(a).shape().size() == 1 ? 0 : 1;
        int strideB = graph.node(b).shape().size() == 1 ? 0 : 1;
        DerivativeStructure[] out = elements[node.id()];
        for (int i = 0; i < out.length; i++) {
            int ia = i * strideA;
            int ib = i * strideB;
            if (dsA == null) {
                out[i] = f.right(valueA[ia], dsB[ib]);
            } else if (dsB == null) {
                out[i] = f.left(dsA[ia], valueB[ib]);
            } else {
                out[i] = f.both(dsA[ia], dsB[ib]);
            }
        }
    }

    /** y_r = Σ_c W_rc·x_c. */
    private void applyMatVec(Node node) {
        int w = node.operand(0);
        int x = node.operand(1);
        int cols = graph.node(x).shape().size();
        DerivativeStructure[] out = elements[node.id()];
        for (int r = 0; r < out.length; r++) {
            out[r] = sumOfProducts(w, r * cols, x, 0, cols);
        }
    }

    private void applyDot(Node node) {
        int n = graph.node(node.operand(0)).shape().size();
        elements[node.id()][0] = sumOfProducts(node.operand(0), 0, node.operand(1), 0, n);
    }

    private void applySum(Node node) {
        DerivativeStructure[] x = elements[node.operand(0)];
        DerivativeStructure total = x[0];
        for (int i = 1; i < x.length; i++) {
            total = total.add(x[i]);
        }
        elements[node.id()][0] = total;
    }

    /** Σ_k a[fromA + k]·b[fromB + k], where a or b (not both) may be plain doubles. */
    private DerivativeStructure sumOfProducts(int a, int fromA, int b, int fromB, int length) {
        DerivativeStructure[] dsA = elements[a];
        DerivativeStructure[] dsB = elements[b];
        double[] valueA = dsA == null ? primal.value(a) : null;
        double[] valueB = dsB == null ? primal.value(b) : null;
        DerivativeStructure total = null;
        for (int k = 0; k < length; k++) {
            DerivativeStructure term;
            if (dsA == null) {
                term = dsB[fromB + k].multiply(valueA[fromA + k]);
            } else if (dsB == null) {
                term = dsA[fromA + k].multiply(valueB[fromB + k]);
            } else {
                term = dsA[fromA + k].multiply(dsB[fromB + k]);
            }
            total = total == null ? term : total.add(term);
        }
        return total;
    }

    @Override
    public CallStatistics statistics() {
        return counter.snapshot();
    }
}
