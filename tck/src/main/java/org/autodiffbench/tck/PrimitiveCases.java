package org.autodiffbench.tck;

import java.util.ArrayList;
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
 * accepts among scalar, vector[3] and matrix[2×3] (so broadcasting a scalar is covered), and for
 * two operands also matrix[2×3] with matrix[3×2] either way round and matrix[2×2] twice (so a
 * matrix product and its square are covered), with
 * every operand differentiable, one operand fixed data, and the same input twice. A
 * non-scalar result also gets a scalar version, Σ cᵢ·yᵢ with fixed distinct weights, so that an
 * engine offering only gradients is tested too.
 *
 * <p>Points are drawn in [−1.2, 1.2], or in [0.3, 1.2] for primitives whose domain is positive
 * (log, sqrt, pow and the denominator of div).
 */
final class PrimitiveCases {

    private static final Set<String> POSITIVE_DOMAIN = Set.of("log", "sqrt", "pow", "div");
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
            default -> List.of();
        };
        for (Shape[] shapes : candidates) {
            if (!accepts(primitive, shapes)) {
                continue;
            }
            if (shapes.length == 1) {
                add(cases, primitive, shapes, new InputRole[] {InputRole.DIFFERENTIABLE}, false);
                continue;
            }
            add(cases, primitive, shapes, new InputRole[] {InputRole.DIFFERENTIABLE, InputRole.DIFFERENTIABLE}, false);
            add(cases, primitive, shapes, new InputRole[] {InputRole.DATA, InputRole.DIFFERENTIABLE}, false);
            add(cases, primitive, shapes, new InputRole[] {InputRole.DIFFERENTIABLE, InputRole.DATA}, false);
            if (shapes[0].equals(shapes[1])) {
                add(cases, primitive, shapes, new InputRole[] {InputRole.DIFFERENTIABLE}, true);
            }
        }
        return cases;
    }

    private static boolean accepts(Primitive primitive, Shape[] shapes) {
        try {
            primitive.shape(shapes);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Adds the case with the primitive's own output and, for a non-scalar output, its weighted sum. */
    private static void add(List<GraphCase> cases, Primitive primitive, Shape[] shapes, InputRole[] roles,
                            boolean sameInputTwice) {
        String label = label(primitive, shapes, roles, sameInputTwice);
        Random random = new Random(label.hashCode());
        double low = POSITIVE_DOMAIN.contains(primitive.name()) ? 0.3 : -1.2;
        cases.add(build(label, primitive, shapes, roles, sameInputTwice, random, low, false));
        if (!primitive.shape(shapes).isScalar()) {
            cases.add(build("Σ c·" + label, primitive, shapes, roles, sameInputTwice, new Random(label.hashCode()),
                    low, true));
        }
    }

    private static GraphCase build(String label, Primitive primitive, Shape[] shapes, InputRole[] roles,
                                   boolean sameInputTwice, Random random, double low, boolean weightedSum) {
        GraphBuilder b = new GraphBuilder();
        List<Double> point = new ArrayList<>();
        Var[] operands = new Var[shapes.length];
        for (int i = 0; i < roles.length; i++) {
            double[] values = new double[shapes[i].size()];
            for (int k = 0; k < values.length; k++) {
                values[k] = low + (1.2 - low) * random.nextDouble();
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
        if (sameInputTwice) {
            operands[1] = operands[0];
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

    private static String label(Primitive primitive, Shape[] shapes, InputRole[] roles, boolean sameInputTwice) {
        StringBuilder s = new StringBuilder(primitive.describe()).append('(');
        for (int i = 0; i < shapes.length; i++) {
            s.append(i == 0 ? "" : ", ");
            if (sameInputTwice) {
                s.append("a ");
            } else if (roles[i] == InputRole.DATA) {
                s.append("data ");
            }
            s.append(shapes[i]);
        }
        return s.append(')').toString();
    }
}
