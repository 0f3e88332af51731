package org.autodiffbench.models.dag;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Var;

/**
 * Builds a random DAG of scalar primitives over n scalar inputs with about
 * {@value #NODES_PER_INPUT}·n primitive nodes.
 *
 * <p>Each step applies a {@link DagOperation} to earlier values. The first operand of the first
 * n steps is each input in turn (in shuffled order), so every input is used; afterwards it is a
 * value nobody has used yet half of the time and any earlier value otherwise. The second operand
 * is any earlier value, which gives many values more than one consumer. Values that are never
 * consumed are summed into the single output, so every node reaches it.
 *
 * <p>Every value is kept within [-{@value #CAP}, {@value #CAP}]: a step whose result could be
 * larger is not chosen, and some step of either arity always fits (sin, tanh, … and
 * a / (1 + b²) cannot grow). So the function and its derivatives stay finite for every seed.
 */
final class RandomDagGenerator {

    static final int NODES_PER_INPUT = 8;
    static final double CAP = 3.0;
    /** The share of binary steps; each one gives an earlier value one more consumer. */
    static final double BINARY_SHARE = 0.6;

    private static final DagOperation[] OPERATIONS = DagOperation.values();

    private final Random random;
    private final GraphBuilder builder = new GraphBuilder();
    private final List<Var> values = new ArrayList<>();
    private final List<Double> bounds = new ArrayList<>();
    /** The indices into {@link #values} of the values no step has consumed, and where each sits in it. */
    private final List<Integer> unconsumed = new ArrayList<>();
    private final List<Integer> positionInUnconsumed = new ArrayList<>();
    private Var one;
    private int primitiveNodes;

    private RandomDagGenerator(Random random) {
        this.random = random;
    }

    /** The DAG over {@code n} inputs named x1 … xn, drawn with {@code random}. */
    static Graph generate(int n, Random random) {
        return new RandomDagGenerator(random).build(n);
    }

    private Graph build(int n) {
        for (int i = 1; i <= n; i++) {
            record(builder.scalar("x" + i), 1.0);
        }
        int[] inputOrder = shuffledRange(n);
        int target = NODES_PER_INPUT * n;
        // The final sum adds one node per unconsumed value but the first.
        for (int step = 0; primitiveNodes + unconsumed.size() - 1 < target; step++) {
            int first = step < n ? inputOrder[step] : pickFirstOperand();
            step(first);
        }
        Var sum = values.get(unconsumed.get(0));
        for (int k = 1; k < unconsumed.size(); k++) {
            sum = builder.add(sum, values.get(unconsumed.get(k)));
        }
        return builder.output(sum).build();
    }

    private void step(int first) {
        int second = pickOther(first);
        double boundA = bounds.get(first);
        double boundB = bounds.get(second);
        int arity = random.nextDouble() < BINARY_SHARE ? 2 : 1;
        DagOperation operation;
        do {
            operation = OPERATIONS[random.nextInt(OPERATIONS.length)];
        } while (operation.arity() != arity || operation.bound(boundA, boundB) > CAP);
        Var a = values.get(first);
        Var b = values.get(second);
        Var result = switch (operation) {
            case SIN -> builder.sin(a);
            case COS -> builder.cos(a);
            case TANH -> builder.tanh(a);
            case SIGMOID -> builder.sigmoid(a);
            case SQUARE -> builder.square(a);
            case EXP_OF_TANH -> builder.exp(builder.tanh(a));
            case LOG_ONE_PLUS_SQUARE -> builder.log(builder.add(one(), builder.square(a)));
            case ADD -> builder.add(a, b);
            case SUB -> builder.sub(a, b);
            case MUL -> builder.mul(a, b);
            case DIV_BY_ONE_PLUS_SQUARE -> builder.div(a, builder.add(one(), builder.square(b)));
        };
        primitiveNodes += operation.primitiveNodes();
        consume(first);
        if (operation.arity() == 2) {
            consume(second);
        }
        record(result, operation.bound(boundA, boundB));
    }

    /** The constant 1, made once when first needed and shared by every step that uses it. */
    private Var one() {
        if (one == null) {
            one = builder.constant(1.0);
            primitiveNodes++;
        }
        return one;
    }

    private int pickFirstOperand() {
        if (random.nextBoolean()) {
            return unconsumed.get(random.nextInt(unconsumed.size()));
        }
        return random.nextInt(values.size());
    }

    /** Any earlier value but {@code first}, so that a - a or a·a never collapses a step. */
    private int pickOther(int first) {
        int other = random.nextInt(values.size() - 1);
        return other >= first ? other + 1 : other;
    }

    private void record(Var value, double bound) {
        positionInUnconsumed.add(unconsumed.size());
        unconsumed.add(values.size());
        values.add(value);
        bounds.add(bound);
    }

    private void consume(int index) {
        int position = positionInUnconsumed.get(index);
        if (position < 0) {
            return;
        }
        int last = unconsumed.remove(unconsumed.size() - 1);
        if (last != index) {
            unconsumed.set(position, last);
            positionInUnconsumed.set(last, position);
        }
        positionInUnconsumed.set(index, -1);
    }

    private int[] shuffledRange(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
