package org.autodiffbench.api.primitives;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.autodiffbench.api.graph.Shape;

/**
 * A primitive, operand shapes its shape rule accepts, and the domains its operands are drawn from.
 * Public, and shipped in api's test jar, for the rule tests in reference's test tree.
 */
public record PrimitiveCase(Primitive primitive, List<Shape> shapes, List<Domain> domains) {

    private static final Shape SCALAR = Shape.scalar();
    private static final Shape VECTOR = Shape.vector(4);
    private static final Shape MATRIX = Shape.matrix(2, 3);

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
            } else if (p instanceof Dot) {
                // 7 exercises both the four-accumulator body and the tail of the dot kernel.
                for (int n : new int[] {1, 7}) {
                    cases.add(new PrimitiveCase(p, List.of(Shape.vector(n), Shape.vector(n)), domains(p)));
                }
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

    private static List<Domain> domains(Primitive p) {
        Domain anywhere = Domain.between(-2, 2);
        return switch (p.name()) {
            case "log", "sqrt", "pow_const" -> List.of(Domain.between(0.5, 3));
            case "tan" -> List.of(Domain.between(-1.2, 1.2));
            case "div" -> List.of(anywhere, Domain.awayFromZero(0.5, 2));
            case "pow" -> List.of(Domain.between(0.5, 2.5), anywhere);
            default -> p.arity() == 1 ? List.of(anywhere) : List.of(anywhere, anywhere);
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

    /** A random point inside the primitive's domain. */
    public double[][] samplePoint(Random random) {
        double[][] point = new double[arity()][];
        for (int i = 0; i < point.length; i++) {
            point[i] = new double[shapes.get(i).size()];
            for (int k = 0; k < point[i].length; k++) {
                point[i][k] = domains.get(i).sample(random);
            }
        }
        return point;
    }

    /** Random arrays of the operand shapes with elements in [−1, 1), for directions and adjoints. */
    public double[][] sampleDirection(Random random) {
        double[][] direction = new double[arity()][];
        for (int i = 0; i < direction.length; i++) {
            direction[i] = uniform(random, shapes.get(i).size());
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
