package org.autodiffbench.harness.expr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Var;
import org.autodiffbench.harness.expr.Expression.Binary;
import org.autodiffbench.harness.expr.Expression.Call;
import org.autodiffbench.harness.expr.Expression.Literal;
import org.autodiffbench.harness.expr.Expression.Negation;
import org.autodiffbench.harness.expr.Expression.Variable;

/**
 * Turns a syntax tree into a graph. The inputs come first, then the numbers, then the operations
 * level by level, as in the evaluation traces of the AD literature: an operation's level is one
 * more than its deepest operand's, and operations of one level keep their left-to-right order.
 * So {@code ln(x1) + x1*x2 - sin(x2)} becomes v1 = ln, v2 = mul, v3 = sin, v4 = add, v5 = sub.
 */
final class GraphEmitter {

    private final GraphBuilder builder = new GraphBuilder();
    private final Map<String, Var> inputs = new LinkedHashMap<>();
    private final Map<Expression, Var> emitted = new IdentityHashMap<>();
    private final Map<Expression, Integer> levels = new IdentityHashMap<>();
    private final List<Expression> literals = new ArrayList<>();
    private final List<Expression> operations = new ArrayList<>();

    private GraphEmitter() {
    }

    static Graph emit(Expression root, List<String> inputOrder) {
        GraphEmitter emitter = new GraphEmitter();
        for (String name : inputOrder) {
            emitter.inputs.put(name, emitter.builder.scalar(name));
        }
        emitter.collect(root);
        for (Expression literal : emitter.literals) {
            emitter.emitted.put(literal, emitter.builder.constant(((Literal) literal).value()));
        }
        List<Expression> byLevel = new ArrayList<>(emitter.operations);
        byLevel.sort(Comparator.comparingInt(emitter.levels::get));
        for (Expression operation : byLevel) {
            emitter.emitted.put(operation, emitter.apply(operation));
        }
        emitter.builder.output(emitter.var(root));
        return emitter.builder.build();
    }

    /**
     * Records each node in post-order (left to right, operands first) with its level. A loop over
     * an explicit stack, not recursion: a sum of 100,000 terms is a left spine 100,000 deep.
     */
    private void collect(Expression root) {
        Deque<Expression> pending = new ArrayDeque<>();
        Set<Expression> opened = Collections.newSetFromMap(new IdentityHashMap<>());
        pending.push(root);
        while (!pending.isEmpty()) {
            Expression e = pending.peek();
            List<Expression> operands = operands(e);
            if (!operands.isEmpty() && opened.add(e)) {
                for (int i = operands.size() - 1; i >= 0; i--) {
                    pending.push(operands.get(i));
                }
                continue;
            }
            pending.pop();
            if (e instanceof Literal) {
                literals.add(e);
            } else if (!(e instanceof Variable)) {
                int deepest = 0;
                for (Expression operand : operands) {
                    deepest = Math.max(deepest, levels.getOrDefault(operand, 0));
                }
                operations.add(e);
                levels.put(e, deepest + 1);
            }
        }
    }

    /** The operands that become nodes; the constant exponent of x^c is part of its power, not an operand. */
    private static List<Expression> operands(Expression e) {
        if (e instanceof Negation negation) {
            return List.of(negation.operand());
        }
        if (e instanceof Call call) {
            return List.of(call.argument());
        }
        if (e instanceof Binary binary) {
            return binary.hasConstantExponent() ? List.of(binary.left()) : List.of(binary.left(), binary.right());
        }
        return List.of();
    }

    private Var apply(Expression operation) {
        if (operation instanceof Negation negation) {
            return builder.neg(var(negation.operand()));
        }
        if (operation instanceof Call call) {
            return call.function().apply(builder, var(call.argument()));
        }
        return binary((Binary) operation);
    }

    private Var binary(Binary binary) {
        Var left = var(binary.left());
        if (binary.hasConstantExponent()) {
            return builder.pow(left, ((Literal) binary.right()).value());
        }
        Var right = var(binary.right());
        return switch (binary.operator()) {
            case ADD -> builder.add(left, right);
            case SUBTRACT -> builder.sub(left, right);
            case MULTIPLY -> builder.mul(left, right);
            case DIVIDE -> builder.div(left, right);
            case POWER -> builder.pow(left, right);
        };
    }

    private Var var(Expression e) {
        return e instanceof Variable variable ? inputs.get(variable.name()) : emitted.get(e);
    }
}
