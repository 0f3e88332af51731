package org.autodiffbench.harness.explain;

import java.util.List;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Input;
import org.autodiffbench.api.graph.Node;
import org.autodiffbench.api.primitives.Constant;
import org.autodiffbench.api.primitives.PowConst;
import org.autodiffbench.api.primitives.Primitive;

/**
 * Names the nodes of a scalar graph as in Baydin et al.: the n differentiable inputs are
 * v-(n-1) … v0 in point order, the operations v1, v2, … in graph order. A constant is written as
 * its number and a data input by its name; neither gets a v.
 */
final class NodeLabels {

    private final Graph graph;
    private final String[] labels;
    private final boolean[] numbered;

    NodeLabels(Graph graph) {
        this.graph = graph;
        this.labels = new String[graph.nodeCount()];
        this.numbered = new boolean[graph.nodeCount()];
        List<Input> differentiable = graph.differentiableInputs();
        int first = 1 - differentiable.size();
        for (int i = 0; i < differentiable.size(); i++) {
            int id = differentiable.get(i).nodeId();
            labels[id] = "v" + (first + i);
            numbered[id] = true;
        }
        int next = 1;
        for (Node node : graph.nodes()) {
            int id = node.id();
            if (node.isInput()) {
                if (labels[id] == null) {
                    labels[id] = graph.nameOf(id);
                }
            } else if (node.primitive() instanceof Constant constant) {
                labels[id] = TraceNumber.format(constant.value()[0]);
            } else {
                labels[id] = "v" + next++;
                numbered[id] = true;
            }
        }
    }

    /** {@code v-1}, {@code v3}, a constant's number or a data input's name. */
    String label(int id) {
        return labels[id];
    }

    /** The label with a dot or a bar over the v, e.g. {@code v̄3}; {@code accent} is a combining mark. */
    String accented(int id, char accent) {
        return labels[id].charAt(0) + String.valueOf(accent) + labels[id].substring(1);
    }

    /** Inputs being differentiated and operations carry a v; constants and data do not. */
    boolean isNumbered(int id) {
        return numbered[id];
    }

    /** The right-hand side that defines a node, e.g. {@code log v-1} or {@code v-1 · v0}. */
    String definition(int id) {
        Node node = graph.node(id);
        if (node.isInput()) {
            return graph.nameOf(id);
        }
        Primitive p = node.primitive();
        String[] a = new String[node.operandCount()];
        for (int i = 0; i < a.length; i++) {
            a[i] = labels[node.operand(i)];
        }
        if (p instanceof PowConst pow) {
            return a[0] + " ^ " + TraceNumber.format(pow.exponent());
        }
        switch (p.name()) {
            case "add":
                return a[0] + " + " + a[1];
            case "sub":
                return a[0] + " − " + a[1];
            case "mul":
                return a[0] + " · " + a[1];
            case "div":
                return a[0] + " / " + a[1];
            case "pow":
                return a[0] + " ^ " + a[1];
            case "neg":
                return "−" + a[0];
            default:
                return a.length == 1 ? p.name() + " " + a[0] : p.name() + "(" + String.join(", ", a) + ")";
        }
    }
}
