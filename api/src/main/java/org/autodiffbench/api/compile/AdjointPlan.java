package org.autodiffbench.api.compile;

import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Node;

/**
 * What the adjoint code of each node does, decided once at generation by walking the graph
 * backwards as the sweep will: a node whose adjoint nothing wrote is zero and emits nothing
 * (it is not live); each contribution to an operand's adjoint is either its first, written with
 * {@code =}, or a later one, with {@code +=}. A contribution through a partial that is the
 * constant 0 is no contribution. So no adjoint array is zeroed per call: a differentiable input
 * that received nothing gets its zero written at the end.
 */
final class AdjointPlan {

    private final boolean[] live;
    /** [node][operand]: does this operand slot contribute to its operand's adjoint? */
    private final boolean[][] contributes;
    /** [node][operand]: is that contribution the operand adjoint's first? */
    private final boolean[][] first;
    /** [output index]: is this output's seed the first write of its adjoint? */
    private final boolean[] firstSeed;
    /** Per differentiable input (in point order): did some code write its adjoint? */
    private final boolean[] pointWritten;

    AdjointPlan(ProgramLayout layout) {
        Graph graph = layout.graph();
        int count = graph.nodeCount();
        boolean[] written = new boolean[count];
        live = new boolean[count];
        contributes = new boolean[count][];
        first = new boolean[count][];
        firstSeed = new boolean[graph.outputCount()];
        for (int k = 0; k < graph.outputCount(); k++) {
            int output = graph.output(k);
            if (graph.isActive(output)) {
                firstSeed[k] = !written[output];
                written[output] = true;
            }
        }
        for (int id = count - 1; id >= 0; id--) {
            Node node = graph.node(id);
            if (!layout.differentiates(id) || !written[id]) {
                continue;
            }
            live[id] = true;
            contributes[id] = new boolean[node.operandCount()];
            first[id] = new boolean[node.operandCount()];
            for (int i = 0; i < node.operandCount(); i++) {
                int operand = node.operand(i);
                if (!graph.isActive(operand) || layout.structuralZero(id, i)) {
                    continue;
                }
                contributes[id][i] = true;
                first[id][i] = !written[operand];
                written[operand] = true;
            }
        }
        pointWritten = new boolean[graph.differentiableInputs().size()];
        for (int k = 0; k < pointWritten.length; k++) {
            pointWritten[k] = written[graph.differentiableInputs().get(k).nodeId()];
        }
    }

    /** Does the node's adjoint code run: was its adjoint written before its turn? */
    boolean live(int node) {
        return live[node];
    }

    boolean contributes(int node, int operand) {
        return live[node] && contributes[node][operand];
    }

    boolean first(int node, int operand) {
        return first[node][operand];
    }

    /** The assign flags of a kernel's VJP call: the first contributions. */
    boolean[] firstWrites(int node) {
        return first[node].clone();
    }

    boolean firstSeed(int output) {
        return firstSeed[output];
    }

    /** Did the sweep write the adjoint of the k-th differentiable input? */
    boolean pointWritten(int k) {
        return pointWritten[k];
    }
}
