package org.autodiffbench.api.compile;

import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Node;

/**
 * The names a person would write: inputs by their names, intermediates v1, v2, …, tangents with a
 * leading d (dx1, dv3), adjoints with a trailing bar (x1bar, v3bar), the output cotangent ybar.
 * A kernel node's calls are written as calls of its primitive by name, e.g.
 * {@code v7 = matvec(W, v5);}, {@code dv7 = matvec.jvp(W, v5; dW, dv5);} and
 * {@code matvec.vjp(W, v5; v7bar) -> Wbar (=), v5bar (+=);}.
 */
final class ReadableNames implements CodeNames {

    private final ProgramLayout layout;
    private final Graph graph;
    private final AdjointPlan plan;

    /** @param plan the adjoint plan, for the first writes a kernel's VJP makes; null without adjoint code */
    ReadableNames(ProgramLayout layout, AdjointPlan plan) {
        this.layout = layout;
        this.graph = layout.graph();
        this.plan = plan;
    }

    private String name(int node) {
        return graph.node(node).isInput() ? graph.nameOf(node) : "v" + node;
    }

    private String indexed(String name, int node, String index) {
        return layout.size(node) == 1 ? name : name + "[" + (index == null ? "0" : index) + "]";
    }

    @Override
    public String value(int node, String index) {
        return layout.kind(node) == StorageKind.LITERAL ? layout.code(node).value() : indexed(name(node), node, index);
    }

    @Override
    public String tangent(int node, String index) {
        return indexed("d" + name(node), node, index);
    }

    @Override
    public String valueArray(int node) {
        return null;
    }

    @Override
    public String valueOffset(int node) {
        return null;
    }

    @Override
    public String tangentArray(int node) {
        return null;
    }

    @Override
    public String tangentOffset(int node) {
        return null;
    }

    @Override
    public String adjoint(int node, String index) {
        return indexed(name(node) + "bar", node, index);
    }

    @Override
    public String seed(int row, String index) {
        if (graph.outputSize() == 1) {
            return "ybar";
        }
        return "ybar[" + (index == null ? String.valueOf(row) : row == 0 ? index : row + " + " + index) + "]";
    }

    @Override
    public String kernelPrimal(int node) {
        return name(node) + " = " + graph.node(node).primitive().describe() + "(" + operands(node) + ");";
    }

    @Override
    public String kernelTangent(int node) {
        Node n = graph.node(node);
        StringBuilder tangents = new StringBuilder();
        for (int i = 0; i < n.operandCount(); i++) {
            int operand = n.operand(i);
            tangents.append(i == 0 ? "" : ", ").append(graph.isActive(operand) ? "d" + name(operand) : "0");
        }
        return "d" + name(node) + " = " + n.primitive().describe() + ".jvp(" + operands(node) + "; " + tangents + ");";
    }

    @Override
    public String kernelAdjoint(int node) {
        Node n = graph.node(node);
        StringBuilder targets = new StringBuilder();
        for (int i = 0; i < n.operandCount(); i++) {
            if (plan.contributes(node, i)) {
                targets.append(targets.length() == 0 ? "" : ", ").append(name(n.operand(i)))
                        .append(plan.first(node, i) ? "bar (=)" : "bar (+=)");
            }
        }
        return n.primitive().describe() + ".vjp(" + operands(node) + "; " + name(node) + "bar) -> " + targets + ";";
    }

    private String operands(int node) {
        Node n = graph.node(node);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n.operandCount(); i++) {
            int operand = n.operand(i);
            s.append(i == 0 ? "" : ", ").append(layout.kind(operand) == StorageKind.LITERAL
                    ? layout.code(operand).value() : name(operand));
        }
        return s.toString();
    }
}
