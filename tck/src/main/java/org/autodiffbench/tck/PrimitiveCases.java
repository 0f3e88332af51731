package org.autodiffbench.tck;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.InputRole;
import org.autodiffbench.api.graph.Shape;
import org.autodiffbench.api.graph.Var;
import org.autodiffbench.api.primitives.Primitive;

/**
 * Small graphs that apply one primitive to inputs of every shape combination its shape rule
 * accepts among scalar, vector[3] and matrix[2×3] (so broadcasting a scalar is covered; a
 * primitive of three or more operands is tried on every combination), and for two operands also
 * matrix[2×3] with matrix[3×2] either way round and matrix[2×2] twice (so a matrix product and
 * its square are covered), with every operand differentiable, each operand in turn fixed data,
 * and one input read by every operand of the first operand's shape. A non-scalar result also
 * gets a scalar version, Σ cᵢ·yᵢ with fixed distinct weights, so that an engine offering only
 * gradients is tested too.
 *
 * <p>Points are drawn in [−1.2, 1.2], or in [0.3, 1.2] for primitives whose domain is positive
 * (log, sqrt, pow and the denominator of div) or above −1 (log1p), from a grid of step 0.01 offset by half a step,
 * no value twice in a case: two values, or a value and 0, are further apart than the
 * finite-difference stencil reaches (2h ≤ 2.4e-3), so a comparison is never evaluated at a tie.
 * A data condition of select is drawn from {0, 1}, so that both branches are taken.
 */
final class PrimitiveCases {

    private static final Set<String> POSITIVE_DOMAIN = Set.of("log", "sqrt", "pow", "div", "log1p");
    private static final Set<String> CONDITION_FIRST = Set.of("select");
    private static final double GRID = 0.01;
    private static final double HIGH = 1.2;
    private static final Shape SCALAR = Shape.scalar();
    private static final Shape VECTOR = Shape.vector(3);
    private static final Shape MATRIX = Shape.matrix(2, 3);
    private static final Shape MATRIX_TRANSPOSED = Shape.matrix(3, 2);
    private static final Shape SQUARE = Shape.matrix(2, 2);
    private static final List<Shape[]> UNARY_SHAPES = List.of(
            new Shape[] {SCALAR}, new Shape[] {VECTOR}, new Shape[] {MATRIX});
    private static final List<Shape[]> BINARY_SHAPES = List.of(
            new Shape[] {SCALAR, SCALAR}, new Shape[] {VECTOR, VECTOR}, new Shape[] {VECTOR, SCALAR},
            new Shape[] {SCALAR, VECTOR}, new Shape[] {MATRIX, MATRIX}, new Shape[] {MATRIX, SCALAR},
            new Shape[] {MATRIX, VECTOR}, new Shape[] {MATRIX, MATRIX_TRANSPOSED},
            new Shape[] {MATRIX_TRANSPOSED, MATRIX}, new Shape[] {SQUARE, SQUARE});

    private PrimitiveCases() {
    }

    /**
     * The cases of one primitive; empty when the kit knows no shapes for it (a primitive newer
     * than the kit), which the kit reports as a failure.
     */
    static List<GraphCase> of(Primitive primitive) {
        List<GraphCase> cases = new ArrayList<>();
        List<Shape[]> candidates = switch (primitive.arity()) {
            case 1 -> UNARY_SHAPES;
            case 2 -> BINARY_SHAPES;
            default -> everyCombination(primitive.arity());
        };
        for (Shape[] shapes : candidates) {
            if (!accepts(primitive, shapes)) {
                continue;
            }
            int n = shapes.length;
            InputRole[] differentiable = new InputRole[n];
            Arrays.fill(differentiable, InputRole.DIFFERENTIABLE);
            add(cases, primitive, shapes, differentiable, false);
            if (n == 1) {
                continue;
            }
            for (int data = 0; data < n; data++) {
                InputRole[] roles = differentiable.clone();
                roles[data] = InputRole.DATA;
                add(cases, primitive, shapes, roles, false);
            }
            if (Arrays.stream(shapes, 1, n).anyMatch(shapes[0]::equals)) {
                add(cases, primitive, shapes, differentiable, true);
            }
        }
        return cases;
    }

    /** Every choice of scalar, vector or matrix for each of n operands. */
    private static List<Shape[]> everyCombination(int n) {
        Shape[] choices = {SCALAR, VECTOR, MATRIX};
        List<Shape[]> combinations = new ArrayList<>();
        int count = (int) Math.pow(choices.length, n);
        for (int code = 0; code < count; code++) {
            Shape[] shapes = new Shape[n];
            for (int i = 0, rest = code; i < n; i++, rest /= choices.length) {
                shapes[i] = choices[rest % choices.length];
            }
            combinations.add(shapes);
        }
        return combinations;
    }

    private static boolean accepts(Primitive primitive, Shape[] shapes) {
        try {
            primitive.shape(shapes);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Adds the case with the primitive's own output and, for a non-scalar output, its weighted sum.
     * With {@code sharedInput}, every operand of operand 0's shape reads operand 0's input.
     */
    private static void add(List<GraphCase> cases, Primitive primitive, Shape[] shapes, InputRole[] roles,
                            boolean sharedInput) {
        String label = label(primitive, shapes, roles, sharedInput);
        cases.add(build(label, primitive, shapes, roles, sharedInput, new Random(label.hashCode()), false));
        if (!primitive.shape(shapes).isScalar()) {
            cases.add(build("Σ c·" + label, primitive, shapes, roles, sharedInput, new Random(label.hashCode()),
                    true));
        }
    }

    private static GraphCase build(String label, Primitive primitive, Shape[] shapes, InputRole[] roles,
                                   boolean sharedInput, Random random, boolean weightedSum) {
        GraphBuilder b = new GraphBuilder();
        double low = POSITIVE_DOMAIN.contains(primitive.name()) ? 0.3 : -HIGH;
        Set<Integer> used = new HashSet<>();
        List<Double> point = new ArrayList<>();
        Var[] operands = new Var[shapes.length];
        for (int i = 0; i < shapes.length; i++) {
            if (sharedInput && i > 0 && shapes[i].equals(shapes[0])) {
                operands[i] = operands[0];
                continue;
            }
            double[] values = new double[shapes[i].size()];
            boolean condition = i == 0 && roles[i] == InputRole.DATA && CONDITION_FIRST.contains(primitive.name());
            for (int k = 0; k < values.length; k++) {
                values[k] = condition ? random.nextInt(2) : distinctValue(random, low, used);
            }
            String name = String.valueOf((char) ('a' + i));
            if (roles[i] == InputRole.DATA) {
                operands[i] = b.data(name, shapes[i], values);
            } else {
                operands[i] = b.input(name, shapes[i], InputRole.DIFFERENTIABLE, null);
                for (double v : values) {
                    point.add(v);
                }
            }
        }
        Var y = b.apply(primitive, operands);
        if (weightedSum) {
            double[] weights = new double[y.shape().size()];
            for (int k = 0; k < weights.length; k++) {
                weights[k] = 0.5 + 0.25 * k;
            }
            y = b.sum(b.mul(b.constant(y.shape(), weights), y));
        }
        Graph graph = b.output(y).build();
        return new GraphCase(label, graph, point.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** A point of the grid over [low, 1.2] that this case has not used yet. */
    private static double distinctValue(Random random, double low, Set<Integer> used) {
        int slots = (int) Math.round((HIGH - low) / GRID);
        int slot;
        do {
            slot = random.nextInt(slots);
        } while (!used.add(slot));
        return low + (slot + 0.5) * GRID;
    }

    private static String label(Primitive primitive, Shape[] shapes, InputRole[] roles, boolean sharedInput) {
        StringBuilder s = new StringBuilder(primitive.describe()).append('(');
        for (int i = 0; i < shapes.length; i++) {
            s.append(i == 0 ? "" : ", ");
            if (sharedInput && shapes[i].equals(shapes[0])) {
                s.append("a ");
            } else if (roles[i] == InputRole.DATA) {
                s.append("data ");
            }
            s.append(shapes[i]);
        }
        return s.append(')').toString();
    }
}
