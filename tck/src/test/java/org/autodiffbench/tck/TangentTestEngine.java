package org.autodiffbench.tck;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.autodiffbench.api.ApiVersion;
import org.autodiffbench.api.CallCounter;
import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Input;
import org.autodiffbench.api.graph.Node;

/**
 * A plain forward-mode engine for the kit's own tests: one sweep per direction, each node's
 * tangent by its primitive's JVP rule on whole arrays, allocating freely. It offers value,
 * gradient, jvp and jacobian, not vjp. Subclasses break one thing each to show that the kit
 * notices.
 */
public class TangentTestEngine implements DiffEngine {

    @Override
    public String id() {
        return "tck-tangent";
    }

    @Override
    public String description() {
        return "forward mode by the primitives' JVP rules, one sweep per direction (the kit's own test engine)";
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public Set<Operator> capabilities() {
        return EnumSet.of(Operator.VALUE, Operator.GRADIENT, Operator.JVP, Operator.JACOBIAN);
    }

    @Override
    public PreparedDiff prepare(Graph graph, EngineOptions options) {
        options.requireKnown(id(), options());
        return new Prepared(graph);
    }

    /** The tangent of a non-input node whose operands' tangents are given (null = zero). */
    protected double[] tangent(Node node, double[][] operands, double[] out, double[][] tangents) {
        double[] tangentOut = new double[out.length];
        node.primitive().jvp(operands, out, tangents, tangentOut);
        return tangentOut;
    }

    /** Writes a derivative into the caller's array. */
    protected void write(double[] target, int index, double derivative) {
        target[index] = derivative;
    }

    /** Called with each node's value as soon as it is computed. */
    protected void computed(Node node, double[] out) {
    }

    /** Does a sweep with tangents count as a tangent sweep? */
    protected boolean countsSweeps() {
        return true;
    }

    /** The forward sweeps of one graph. */
    protected class Prepared implements PreparedDiff {

        private final Graph graph;
        protected final CallCounter counter = new CallCounter();

        protected Prepared(Graph graph) {
            this.graph = graph;
        }

        @Override
        public String engineId() {
            return id();
        }

        @Override
        public Graph graph() {
            return graph;
        }

        /** Values and tangents along direction v (null for the value alone), outputs concatenated. */
        private double[][] sweep(double[] x, double[] v) {
            if (x.length != graph.parameterCount()) {
                throw new IllegalArgumentException("point has " + x.length + " entries, expected "
                        + graph.parameterCount());
            }
            double[][] values = new double[graph.nodeCount()][];
            double[][] tangents = new double[graph.nodeCount()][];
            for (Input input : graph.inputs()) {
                int from = input.offset();
                int to = from + input.shape().size();
                values[input.nodeId()] = input.isDifferentiable() ? Arrays.copyOfRange(x, from, to) : input.data();
                if (input.isDifferentiable() && v != null) {
                    tangents[input.nodeId()] = Arrays.copyOfRange(v, from, to);
                }
            }
            for (Node node : graph.nodes()) {
                if (node.isInput()) {
                    continue;
                }
                double[][] operands = new double[node.operandCount()][];
                double[][] operandTangents = new double[node.operandCount()][];
                boolean varied = false;
                for (int i = 0; i < operands.length; i++) {
                    operands[i] = values[node.operand(i)];
                    operandTangents[i] = tangents[node.operand(i)];
                    varied |= operandTangents[i] != null;
                }
                double[] out = new double[node.shape().size()];
                node.primitive().primal(operands, out);
                computed(node, out);
                values[node.id()] = out;
                if (varied) {
                    tangents[node.id()] = tangent(node, operands, out, operandTangents);
                }
            }
            double[] y = new double[graph.outputSize()];
            double[] yDot = new double[graph.outputSize()];
            int offset = 0;
            for (int k = 0; k < graph.outputCount(); k++) {
                int id = graph.output(k);
                int size = graph.node(id).shape().size();
                System.arraycopy(values[id], 0, y, offset, size);
                if (tangents[id] != null) {
                    System.arraycopy(tangents[id], 0, yDot, offset, size);
                }
                offset += size;
            }
            if (v != null && countsSweeps()) {
                counter.tangentSweep();
            }
            counter.stageEvaluations(1);
            return new double[][] {y, yDot};
        }

        @Override
        public void value(double[] x, double[] y) {
            counter.reset();
            System.arraycopy(sweep(x, null)[0], 0, y, 0, y.length);
        }

        @Override
        public double gradient(double[] x, double[] gradient) {
            if (!graph.hasScalarOutput()) {
                throw new IllegalArgumentException("gradient needs a scalar output");
            }
            double[] y = new double[1];
            jacobian(x, y, gradient);
            return y[0];
        }

        @Override
        public void jvp(double[] x, double[] v, double[] y, double[] yDot) {
            counter.reset();
            double[][] result = sweep(x, v);
            System.arraycopy(result[0], 0, y, 0, y.length);
            System.arraycopy(result[1], 0, yDot, 0, yDot.length);
        }

        @Override
        public void jacobian(double[] x, double[] y, double[] jacobian) {
            counter.reset();
            int n = graph.parameterCount();
            int m = graph.outputSize();
            double[] seed = new double[n];
            double[][] result = n == 0 ? sweep(x, null) : null;
            for (int j = 0; j < n; j++) {
                seed[j] = 1.0;
                result = sweep(x, seed);
                seed[j] = 0.0;
                for (int i = 0; i < m; i++) {
                    write(jacobian, i * n + j, result[1][i]);
                }
            }
            System.arraycopy(result[0], 0, y, 0, m);
        }

        @Override
        public CallStatistics statistics() {
            return counter.snapshot();
        }
    }
}
