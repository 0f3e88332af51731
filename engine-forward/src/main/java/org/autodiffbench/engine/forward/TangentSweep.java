package org.autodiffbench.engine.forward;

import java.util.Arrays;
import org.autodiffbench.api.CallCounter;
import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.eval.Footprint;
import org.autodiffbench.api.eval.CallArguments;
import org.autodiffbench.api.eval.PrimalPlan;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Node;
import org.autodiffbench.api.graph.Shape;
import org.autodiffbench.api.primitives.Primitive;

/**
 * Forward mode prepared for one graph. Each sweep walks the nodes once, computing a node's
 * primal value and then, for every lane, its tangent with the primitive's JVP rule. A lane's
 * tangent that is known to be zero is passed as {@code null} so that work is only spent
 * downstream of the seeded direction. The tangent of the point is one flat array per lane,
 * laid out like x. Retained bytes are the footprint of the intermediate value buffers and of
 * every lane's intermediate tangent buffers.
 */
final class TangentSweep implements PreparedDiff {

    private final Graph graph;
    private final PrimalPlan primal;
    private final int lanes;
    private final int[] order;
    private final Primitive[] primitives;
    private final int[][] operandIds;
    /** [lane][node]: the tangent buffer of an active node (the lane's point tangent for an input). */
    private final double[][][] tangents;
    /** [lane]: the unit-direction seeds, laid out like x. */
    private final double[][] seeds;
    /** [lane][node]: is this lane's tangent of the node nonzero in the current sweep? */
    private final boolean[][] nonzero;
    /** [lane][node]: scratch operand-tangent views handed to the JVP rule. */
    private final double[][][][] tangentViews;
    /** [node][operand]: flops of the JVP rule's contribution from that operand. */
    private final long[][] jvpFlops;
    private final long retainedBytes;
    private final double[] scalarValue = new double[1];
    private final CallCounter counter = new CallCounter();

    TangentSweep(Graph graph, int lanes) {
        this.graph = graph;
        this.primal = new PrimalPlan(graph);
        this.lanes = lanes;
        int count = graph.nodeCount();
        order = graph.nodes().stream().filter(n -> !n.isInput() && graph.isUseful(n.id())).mapToInt(Node::id).toArray();
        primitives = new Primitive[count];
        operandIds = new int[count][];
        jvpFlops = new long[count][];
        tangents = new double[lanes][count][];
        seeds = new double[lanes][graph.parameterCount()];
        nonzero = new boolean[lanes][count];
        tangentViews = new double[lanes][count][][];
        long bytes = 0;
        for (Node node : graph.nodes()) {
            int id = node.id();
            if (!graph.isActive(id) || node.isInput()) {
                continue;
            }
            for (int lane = 0; lane < lanes; lane++) {
                tangents[lane][id] = new double[node.shape().size()];
                tangentViews[lane][id] = new double[node.operandCount()][];
            }
            bytes += lanes * Footprint.doubles(node.shape().size());
            primitives[id] = node.primitive();
            operandIds[id] = node.operands();
            Shape[] shapes = graph.operandShapes(node);
            jvpFlops[id] = new long[node.operandCount()];
            for (int i = 0; i < node.operandCount(); i++) {
                jvpFlops[id][i] = node.primitive().jvpFlops(shapes, node.shape(), i);
            }
        }
        retainedBytes = primal.intermediateBytes() + bytes;
    }

    @Override
    public String engineId() {
        return ForwardEngine.ID;
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

    /** One sweep: primal and the tangents of {@code activeLanes} lanes, node by node. */
    private void sweep(int activeLanes) {
        long flops = 0;
        for (int id : order) {
            flops += primal.evaluate(id);
            if (primitives[id] == null) {
                continue;
            }
            int[] ops = operandIds[id];
            double[][] operands = primal.operands(id);
            double[] out = primal.value(id);
            for (int lane = 0; lane < activeLanes; lane++) {
                boolean[] nz = nonzero[lane];
                double[][] views = tangentViews[lane][id];
                boolean any = false;
                for (int i = 0; i < ops.length; i++) {
                    if (nz[ops[i]]) {
                        views[i] = tangents[lane][ops[i]];
                        flops += jvpFlops[id][i];
                        any = true;
                    } else {
                        views[i] = null;
                    }
                }
                nz[id] = any;
                if (any) {
                    primitives[id].jvp(operands, primal.layout(id), out, views, tangents[lane][id]);
                }
            }
        }
        counter.flops(flops);
        counter.tangentSweep();
        counter.stageEvaluations(graph.stageCount());
        counter.retained(retainedBytes);
    }

    /** Makes {@code pointTangent} lane {@code lane}'s tangent of every differentiable input. */
    private void bindPointTangent(int lane, double[] pointTangent) {
        for (int k = 0; k < primal.differentiableInputCount(); k++) {
            tangents[lane][primal.differentiableNode(k)] = pointTangent;
        }
    }

    @Override
    public void jvp(double[] x, double[] v, double[] y, double[] yDot) {
        CallArguments.requireLength("direction", v, graph.parameterCount());
        CallArguments.requireLength("tangent output", yDot, graph.outputSize());
        counter.reset();
        primal.load(x);
        bindPointTangent(0, v);
        for (int k = 0; k < primal.differentiableInputCount(); k++) {
            nonzero[0][primal.differentiableNode(k)] = true;
        }
        sweep(1);
        primal.readOutputs(y);
        readOutputTangents(0, yDot, 0, 1);
    }

    @Override
    public double gradient(double[] x, double[] gradient) {
        CallArguments.requireScalarOutput(graph);
        CallArguments.requireLength("gradient", gradient, graph.parameterCount());
        byColumns(x, scalarValue, gradient);
        return scalarValue[0];
    }

    @Override
    public void jacobian(double[] x, double[] y, double[] jacobian) {
        CallArguments.requireLength("jacobian", jacobian, (long) graph.outputSize() * graph.parameterCount());
        byColumns(x, y, jacobian);
    }

    /** Seeds unit directions {@code lanes} at a time; column j of the Jacobian is ẏ for eⱼ. */
    private void byColumns(double[] x, double[] y, double[] jacobian) {
        counter.reset();
        primal.load(x);
        int n = graph.parameterCount();
        for (int lane = 0; lane < lanes; lane++) {
            Arrays.fill(seeds[lane], 0.0);
            bindPointTangent(lane, seeds[lane]);
        }
        for (int first = 0; first < n; first += lanes) {
            int active = Math.min(lanes, n - first);
            for (int lane = 0; lane < active; lane++) {
                seed(lane, first + lane, 1.0);
            }
            sweep(active);
            for (int lane = 0; lane < active; lane++) {
                readOutputTangents(lane, jacobian, first + lane, n);
                seed(lane, first + lane, 0.0);
            }
        }
        primal.readOutputs(y);
    }

    /** Sets entry j of a lane's seed, marking only the input that holds it as nonzero. */
    private void seed(int lane, int j, double value) {
        seeds[lane][j] = value;
        for (int k = 0; k < primal.differentiableInputCount(); k++) {
            int node = primal.differentiableNode(k);
            int offset = primal.differentiableOffset(k);
            boolean inside = j >= offset && j < offset + graph.node(node).shape().size();
            nonzero[lane][node] = inside && value != 0.0;
        }
    }

    /** Writes a lane's output tangents into {@code target[start + i*stride]}. */
    private void readOutputTangents(int lane, double[] target, int start, int stride) {
        int row = 0;
        for (int k = 0; k < graph.outputCount(); k++) {
            int node = graph.output(k);
            double[] t = tangents[lane][node];
            int size = graph.node(node).shape().size();
            int from = graph.pointOffset(node);
            boolean live = t != null && nonzero[lane][node];
            for (int i = 0; i < size; i++) {
                target[start + (row + i) * stride] = live ? t[from + i] : 0.0;
            }
            row += size;
        }
    }


    @Override
    public CallStatistics statistics() {
        return counter.snapshot();
    }
}
