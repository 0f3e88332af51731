package org.autodiffbench.api.primitives;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.autodiffbench.api.graph.Shape;

/**
 * A primitive, operand shapes its shape rule accepts, and the domains its operands are drawn from.
 * Public, and shipped in api's test jar, for the rule tests in reference's test tree.
 */
public record PrimitiveCase(Primitive primitive, List<Shape> shapes, List<Domain> domains) {

    private static final Shape SCALAR = Shape.scalar();
    private static final Shape VECTOR = Shape.vector(4);
    private static final Shape MATRIX = Shape.matrix(2, 3);
    /** Primitives not differentiable where an element is 0 or two elements are equal. */
    private static final Set<String> KINKED = Set.of("abs", "minimum", "maximum", "max");
    private static final double KINK_GAP = 0.05;

    /** Every primitive of {@link Primitives#all()}, with each operand shape combination worth testing. */
    public static List<PrimitiveCase> all() {
        List<PrimitiveCase> cases = new ArrayList<>();
        for (Primitive p : Primitives.all()) {
            if (p instanceof ElementwiseBinary) {
                Shape[][] broadcasts = {{SCALAR, SCALAR}, {SCALAR, VECTOR}, {VECTOR, SCALAR}, {VECTOR, VECTOR},
                        {SCALAR, MATRIX}, {MATRIX, SCALAR}, {MATRIX, MATRIX}};
                for (Shape[] shapes : broadcasts) {
                    cases.add(new PrimitiveCase(p, List.of(shapes), domains(p)));
                }
            } else if (p instanceof ElementwiseUnary || p instanceof Sum) {
                for (Shape shape : List.of(SCALAR, Shape.vector(5), MATRIX)) {
                    cases.add(new PrimitiveCase(p, List.of(shape), domains(p)));
                }
            } else if (p instanceof MatVec) {
                cases.add(new PrimitiveCase(p, List.of(Shape.matrix(3, 5), Shape.vector(5)), domains(p)));
                cases.add(new PrimitiveCase(p, List.of(Shape.matrix(1, 1), Shape.vector(1)), domains(p)));
            } else if (p instanceof AxisReduction) {
                for (Shape shape : List.of(SCALAR, Shape.vector(5), MATRIX, Shape.matrix(1, 1))) {
                    cases.add(new PrimitiveCase(p, List.of(shape), domains(p)));
                }
            } else if (p instanceof Dot) {
                // 7 exercises both the four-accumulator body and the tail of the dot kernel.
                for (int n : new int[] {1, 7}) {
                    cases.add(new PrimitiveCase(p, List.of(Shape.vector(n), Shape.vector(n)), domains(p)));
                }
            } else if (p instanceof Compare) {
                Shape[][] broadcasts = {{SCALAR, SCALAR}, {SCALAR, VECTOR}, {VECTOR, SCALAR}, {VECTOR, VECTOR},
                        {MATRIX, SCALAR}, {MATRIX, MATRIX}};
                for (Shape[] shapes : broadcasts) {
                    cases.add(new PrimitiveCase(p, List.of(shapes), domains(p)));
                }
            } else if (p instanceof Select) {
                Shape[][] broadcasts = {{SCALAR, SCALAR, SCALAR}, {VECTOR, VECTOR, VECTOR}, {SCALAR, VECTOR, VECTOR},
                        {VECTOR, SCALAR, VECTOR}, {VECTOR, VECTOR, SCALAR}, {MATRIX, MATRIX, MATRIX},
                        {MATRIX, SCALAR, SCALAR}};
                for (Shape[] shapes : broadcasts) {
                    cases.add(new PrimitiveCase(p, List.of(shapes), domains(p)));
                }
                // A condition that moves with the direction, away from 0: its tangent must be ignored.
                Shape v = Shape.vector(5);
                cases.add(new PrimitiveCase(p, List.of(v, v, v),
                        List.of(Domain.awayFromZero(0.5, 2), Domain.between(-2, 2), Domain.between(-2, 2))));
            } else if (p instanceof Reshape r) {
                int n = r.target().size();
                addUnary(cases, r, Shape.vector(n), Shape.matrix(1, n), r.target());
                addUnary(cases, new Reshape(Shape.vector(1)), SCALAR);
                addUnary(cases, new Reshape(SCALAR), Shape.matrix(1, 1));
            } else if (p instanceof Slice) {
                addUnary(cases, p, VECTOR, MATRIX);
                Shape v = Shape.vector(5);
                Shape m = Shape.matrix(3, 2);
                addUnary(cases, new Slice(0, 2), v, m);
                addUnary(cases, new Slice(3, 2), v);
                addUnary(cases, new Slice(1, 2), m);
                addUnary(cases, new Slice(0, 1), Shape.vector(1), Shape.matrix(1, 1));
            } else if (p instanceof Gather) {
                addUnary(cases, p, VECTOR, MATRIX);
                addUnary(cases, new Gather(3, 0, 3, 3), VECTOR);
                addUnary(cases, new Gather(2, 2, 0), Shape.matrix(3, 2));
                addUnary(cases, new Gather(0), Shape.vector(1));
                addUnary(cases, new Gather(0, 0), Shape.matrix(1, 1));
            } else if (p instanceof Concat) {
                int n = p.arity();
                Shape[] vectors = new Shape[n];
                Shape[] scalars = new Shape[n];
                Shape[] matrices = new Shape[n];
                for (int i = 0; i < n; i++) {
                    vectors[i] = i == 1 ? SCALAR : Shape.vector(i + 1);
                    scalars[i] = SCALAR;
                    matrices[i] = Shape.matrix(1 + i % 2, 3);
                }
                for (Shape[] shapes : List.of(vectors, scalars, matrices)) {
                    cases.add(new PrimitiveCase(p, List.of(shapes), domains(p)));
                }
                Concat two = new Concat(2);
                cases.add(new PrimitiveCase(two, List.of(MATRIX, MATRIX), domains(two)));
            } else if (p instanceof MatMul) {
                Shape[][] products = {{Shape.matrix(3, 4), Shape.matrix(4, 2)}, {Shape.matrix(1, 1), Shape.matrix(1, 1)},
                        {Shape.matrix(1, 5), Shape.matrix(5, 1)}, {Shape.matrix(4, 1), Shape.matrix(1, 3)}};
                for (Shape[] shapes : products) {
                    cases.add(new PrimitiveCase(p, List.of(shapes), domains(p)));
                }
            } else if (p instanceof Transpose) {
                for (Shape shape : List.of(MATRIX, Shape.matrix(1, 1), Shape.vector(5), Shape.matrix(5, 1))) {
                    cases.add(new PrimitiveCase(Transpose.of(shape), List.of(shape), domains(p)));
                }
            } else if (p instanceof Broadcast broadcast) {
                for (int copies : new int[] {1, 3}) {
                    for (int n : new int[] {1, 4}) {
                        cases.add(new PrimitiveCase(new Broadcast(broadcast.direction(), copies),
                                List.of(Shape.vector(n)), domains(p)));
                    }
                }
            } else {
                throw new IllegalStateException("no test case for primitive " + p.describe() + "; add one here");
            }
        }
        return cases;
    }

    private static void addUnary(List<PrimitiveCase> cases, Primitive p, Shape... shapes) {
        for (Shape shape : shapes) {
            cases.add(new PrimitiveCase(p, List.of(shape), domains(p)));
        }
    }

    private static List<Domain> domains(Primitive p) {
        Domain anywhere = Domain.between(-2, 2);
        return switch (p.name()) {
            case "log", "sqrt", "pow_const" -> List.of(Domain.between(0.5, 3));
            case "tan" -> List.of(Domain.between(-1.2, 1.2));
            case "log1p" -> List.of(Domain.between(-0.5, 3));
            case "div" -> List.of(anywhere, Domain.awayFromZero(0.5, 2));
            case "pow" -> List.of(Domain.between(0.5, 2.5), anywhere);
            // At least 0.25 apart, so no step of a difference quotient crosses a tie; either may be larger.
            case "compare" -> List.of(Domain.awayFromZero(0.5, 2), Domain.between(-0.25, 0.25));
            case "select" -> List.of(Domain.condition(), anywhere, anywhere);
            default -> Collections.nCopies(p.arity(), anywhere);
        };
    }

    public int arity() {
        return shapes.size();
    }

    public Shape[] operandShapes() {
        return shapes.toArray(Shape[]::new);
    }

    public Shape outputShape() {
        return primitive.shape(operandShapes());
    }

    /**
     * A random point inside the primitive's domain; for a primitive with kinks, every element at
     * least {@link #KINK_GAP} from 0 and from every other element, so that no difference quotient
     * straddles a kink or a tie.
     */
    public double[][] samplePoint(Random random) {
        boolean kinked = KINKED.contains(primitive.name());
        double[][] point = new double[arity()][];
        for (int i = 0; i < point.length; i++) {
            point[i] = new double[shapes.get(i).size()];
            for (int k = 0; k < point[i].length; k++) {
                do {
                    point[i][k] = domains.get(i).sample(random);
                } while (kinked && nearAKink(point, i, k));
            }
        }
        return point;
    }

    /** Whether element k of operand i lies within {@link #KINK_GAP} of 0 or of an element drawn before it. */
    private static boolean nearAKink(double[][] point, int i, int k) {
        double v = point[i][k];
        if (Math.abs(v) < KINK_GAP) {
            return true;
        }
        for (int j = 0; j <= i; j++) {
            for (int l = 0; l < (j < i ? point[j].length : k); l++) {
                if (Math.abs(v - point[j][l]) < KINK_GAP) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Random arrays of the operand shapes with elements in [−1, 1), for directions and adjoints;
     * zeros for an operand whose domain does not move.
     */
    public double[][] sampleDirection(Random random) {
        double[][] direction = new double[arity()][];
        for (int i = 0; i < direction.length; i++) {
            direction[i] = uniform(random, shapes.get(i).size());
            if (!domains.get(i).moves()) {
                Arrays.fill(direction[i], 0.0);
            }
        }
        return direction;
    }

    /** A random array of the output shape with elements in [−1, 1). */
    public double[] sampleOutputAdjoint(Random random) {
        return uniform(random, outputShape().size());
    }

    private static double[] uniform(Random random, int n) {
        double[] a = new double[n];
        for (int k = 0; k < n; k++) {
            a[k] = 2 * random.nextDouble() - 1;
        }
        return a;
    }

    /** The primal kernel's value at {@code point}, written over an array of NaN. */
    public double[] primal(double[][] point) {
        double[] out = filledWithNaN(outputShape().size());
        primitive.primal(point, out);
        return out;
    }

    /** The JVP rule's tangent, written over an array of NaN to show it overwrites rather than adds. */
    public double[] jvp(double[][] point, double[][] tangents) {
        double[] tangentOut = filledWithNaN(outputShape().size());
        primitive.jvp(point, primal(point), tangents, tangentOut);
        return tangentOut;
    }

    /** The VJP rule's adjoints of every operand, accumulated into zeros. */
    public double[][] vjp(double[][] point, double[] adjointOut) {
        double[][] adjoints = new double[arity()][];
        for (int i = 0; i < adjoints.length; i++) {
            adjoints[i] = new double[shapes.get(i).size()];
        }
        primitive.vjp(point, primal(point), adjointOut, adjoints);
        return adjoints;
    }

    private static double[] filledWithNaN(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    /** A seed that differs between cases but not between runs. */
    public long seed() {
        return toString().hashCode();
    }

    @Override
    public String toString() {
        return primitive.describe() + shapes;
    }
}
