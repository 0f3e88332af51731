package org.autodiffbench.harness.testengines;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Input;
import org.autodiffbench.api.graph.Node;
import org.autodiffbench.api.graph.Var;
import org.autodiffbench.api.primitives.ElementwiseBinary;
import org.autodiffbench.api.primitives.Residuals;

/**
 * Reverse mode with one rule wrong by a relative 1e-6: the graph is rebuilt with an {@code add}
 * whose partial derivatives are 1 + 1e-6 instead of 1, and the reverse engine sweeps it. Every
 * value is right and every derivative through an add is off by about 1e-6 relative: a subtle,
 * plausible bug, which the exact references (hand-written, another engine) must still catch.
 */
public final class WrongAddRuleTestEngine extends DelegatingTestEngine {

    public static final String ID = "wrong-add-rule-test";
    /** How far add's partial derivatives are from 1. */
    public static final double RELATIVE_ERROR = 1e-6;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<Operator> capabilities() {
        return EnumSet.of(Operator.VALUE, Operator.GRADIENT, Operator.VJP, Operator.JACOBIAN);
    }

    @Override
    Graph swept(Graph graph) {
        return withWrongAdd(graph);
    }

    @Override
    double misbehave(EngineOptions options, Graph graph, double value, double[] gradient) {
        return value;
    }

    /** The same graph, node for node and stage for stage, with every add replaced by the wrong one. */
    private static Graph withWrongAdd(Graph graph) {
        Map<Integer, Input> inputs = new HashMap<>();
        graph.inputs().forEach(input -> inputs.put(input.nodeId(), input));
        GraphBuilder builder = new GraphBuilder();
        Var[] vars = new Var[graph.nodeCount()];
        int stage = 0;
        for (Node node : graph.nodes()) {
            for (; stage < node.stage(); stage++) {
                builder.nextStage();
            }
            if (node.isInput()) {
                Input input = inputs.get(node.id());
                vars[node.id()] = builder.input(input.name(), input.shape(), input.role(), input.data());
            } else {
                Var[] operands = new Var[node.operandCount()];
                for (int i = 0; i < operands.length; i++) {
                    operands[i] = vars[node.operand(i)];
                }
                vars[node.id()] = builder.apply(node.primitive().name().equals("add") ? new WrongAdd()
                        : node.primitive(), operands);
            }
        }
        for (int output : graph.outputs()) {
            builder.output(vars[output]);
        }
        return builder.build();
    }

    /** y = a + b, with ∂y/∂a = ∂y/∂b = 1 + {@link #RELATIVE_ERROR}. */
    private static final class WrongAdd extends ElementwiseBinary {

        @Override
        public String name() {
            return "add";
        }

        @Override
        protected double apply(double a, double b) {
            return a + b;
        }

        @Override
        protected double partialA(double a, double b, double y) {
            return 1.0 + RELATIVE_ERROR;
        }

        @Override
        protected double partialB(double a, double b, double y) {
            return 1.0 + RELATIVE_ERROR;
        }

        @Override
        protected int partialCost() {
            return 0;
        }

        @Override
        public Residuals residuals() {
            return Residuals.NONE;
        }
    }
}
