package org.autodiffbench.harness.expr;

import java.util.HashSet;
import java.util.List;
import org.autodiffbench.api.graph.Graph;

/** A parsed formula: its text, its variables in order of first appearance, and its graph. */
public final class Formula {

    private final String text;
    private final Expression root;
    private final List<String> variables;

    Formula(String text, Expression root, List<String> variables) {
        this.text = text;
        this.root = root;
        this.variables = variables;
    }

    public String text() {
        return text;
    }

    /** The variables in order of first appearance. */
    public List<String> variables() {
        return variables;
    }

    /** The graph with one scalar differentiable input per variable, in order of first appearance. */
    public Graph graph() {
        return GraphEmitter.emit(root, variables);
    }

    /**
     * The graph with its inputs in the given order.
     *
     * @throws IllegalArgumentException unless {@code inputOrder} names every variable exactly once
     */
    public Graph graph(List<String> inputOrder) {
        if (inputOrder.size() != variables.size() || !new HashSet<>(inputOrder).equals(new HashSet<>(variables))) {
            throw new IllegalArgumentException("the input order " + inputOrder
                    + " must name each variable of the formula once: " + String.join(", ", variables));
        }
        return GraphEmitter.emit(root, inputOrder);
    }

    @Override
    public String toString() {
        return text;
    }
}
