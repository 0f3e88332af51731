package org.autodiffbench.plugins.pytorch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.djl.ndarray.NDManager;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.UnsupportedPrimitiveException;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.InputRole;
import org.autodiffbench.api.graph.Node;
import org.autodiffbench.api.graph.Shape;
import org.autodiffbench.api.graph.Var;
import org.autodiffbench.api.primitives.Constant;
import org.autodiffbench.api.primitives.Primitive;
import org.autodiffbench.api.primitives.Primitives;
import org.autodiffbench.engine.reverse.ReverseEngine;
import org.autodiffbench.reference.Rho;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every primitive of the IR, on every operand shape it accepts (scalar broadcast included),
 * through libtorch against the api's own kernels run by the reverse engine: values, Jacobians,
 * VJPs and gradients at seeded points inside every primitive's domain. Primitives the engine
 * declares lacking are left out, and the declaration is checked to be exactly what it refuses.
 */
class PrimitiveAgreementTest {

    /**
     * libtorch's float64 kernels round differently from {@code java.lang.Math} (vectorised
     * elementary functions, other summation orders); the largest ρ seen here is about 2e-16.
     */
    static final double TOLERANCE = 1e-13;

    private static final int N = 5;

    /** Every primitive the engine does not declare lacking, on each of its operand shapes. */
    static Stream<Arguments> cases() {
        Set<String> lacking = new PyTorchEngine().unsupportedPrimitives();
        List<Arguments> cases = new ArrayList<>();
        for (Primitive p : Primitives.all()) {
            if (lacking.contains(p.name())) {
                continue;
            }
            for (Shape[] shapes : operandShapes(p)) {
                cases.add(Arguments.of(p.describe() + shapesLabel(shapes), p, shapes));
            }
        }
        return cases.stream();
    }

    private static List<Shape[]> operandShapes(Primitive p) {
        Shape s = Shape.scalar();
        Shape v = Shape.vector(N);
        Shape m = Shape.matrix(3, N);
        return switch (p.name()) {
            case "matvec" -> List.<Shape[]>of(new Shape[] {m, v});
            case "dot" -> List.<Shape[]>of(new Shape[] {v, v});
            case "sum" -> List.of(new Shape[] {v}, new Shape[] {m}, new Shape[] {s});
            default -> p.arity() == 1
                    ? List.of(new Shape[] {v}, new Shape[] {s}, new Shape[] {m})
                    : List.of(new Shape[] {v, v}, new Shape[] {s, v}, new Shape[] {v, s}, new Shape[] {s, s});
        };
    }

    private static String shapesLabel(Shape[] shapes) {
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < shapes.length; i++) {
            s.append(i == 0 ? "" : ", ").append(shapes[i]);
        }
        return s.append(')').toString();
    }

    /** y = p(a0, a1, …) with every operand a differentiable input. */
    private static Graph graphOf(Primitive p, Shape[] shapes) {
        GraphBuilder b = new GraphBuilder();
        Var[] operands = new Var[shapes.length];
        for (int i = 0; i < shapes.length; i++) {
            operands[i] = b.input("a" + i, shapes[i], InputRole.DIFFERENTIABLE, null);
        }
        return b.output(b.apply(p, operands)).build();
    }

    /** A primitive is declared lacking exactly when its translation is refused, naming it and its node. */
    @Test
    void theDeclaredLackingPrimitivesAreExactlyTheRefusedOnes() {
        Set<String> lacking = new PyTorchEngine().unsupportedPrimitives();
        try (NDManager manager = LibTorch.newManager()) {
            for (Primitive p : Primitives.all()) {
                Node node = new Node(7, p, new int[p.arity()], Shape.scalar(), 0);
                Throwable refused = catchThrowable(() -> TensorOps.of(node, manager));
                if (lacking.contains(p.name())) {
                    assertThat(refused).as(p.describe()).isInstanceOf(UnsupportedPrimitiveException.class)
                            .hasMessageStartingWith("engine 'pytorch' lacks primitive '" + p.name()
                                    + "' (used by node v7)");
                } else {
                    assertThat(refused).as(p.describe()).isNull();
                }
            }
        }
        assertThat(Primitives.all().stream().map(Primitive::name)).as("every lacking name is a primitive of the IR")
                .containsAll(lacking);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void valuesJacobiansAndVjpsAgreeWithTheApiKernels(String label, Primitive p, Shape[] shapes) {
        Graph graph = graphOf(p, shapes);
        PreparedDiff torch = new PyTorchEngine().prepare(graph, EngineOptions.none());
        PreparedDiff reference = new ReverseEngine().prepare(graph, EngineOptions.none());
        int n = graph.parameterCount();
        int m = graph.outputSize();
        Random random = new Random(label.hashCode());
        for (int trial = 0; trial < 3; trial++) {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = 0.5 + 1.5 * random.nextDouble(); // inside every domain: log, sqrt, pow, div, tan
            }
            double[] u = random.doubles(m, -1, 1).toArray();
            double[][] torchResults = results(torch, x, u);
            double[][] referenceResults = results(reference, x, u);
            for (int k = 0; k < torchResults.length; k++) {
                assertThat(Rho.max(torchResults[k], referenceResults[k])).as("result %d at trial %d", k, trial)
                        .isLessThanOrEqualTo(TOLERANCE);
            }
            assertThat(torchResults[1]).as("the Jacobian is not all zeros").isNotEqualTo(new double[n * m]);
        }
    }

    /** Value, Jacobian, the value from the Jacobian call, VJP value and VJP, and where f is scalar the gradient. */
    private static double[][] results(PreparedDiff prepared, double[] x, double[] u) {
        int n = x.length;
        int m = u.length;
        double[] y = new double[m];
        prepared.value(x, y);
        double[] yOfJacobian = new double[m];
        double[] jacobian = new double[m * n];
        prepared.jacobian(x, yOfJacobian, jacobian);
        double[] yOfVjp = new double[m];
        double[] xBar = new double[n];
        prepared.vjp(x, u, yOfVjp, xBar);
        double[] gradient = new double[n];
        double[] valueOfGradient = new double[1];
        if (m == 1) {
            valueOfGradient[0] = prepared.gradient(x, gradient);
        }
        return new double[][] {y, jacobian, yOfJacobian, yOfVjp, xBar, gradient, valueOfGradient};
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void constantOperandsAreNotDifferentiated(String label, Primitive p, Shape[] shapes) {
        if (shapes.length < 2) {
            return;
        }
        // The first operand a constant tensor, the second an input: only the second gets a gradient.
        GraphBuilder b = new GraphBuilder();
        double[] fixed = new double[shapes[0].size()];
        java.util.Arrays.fill(fixed, 1.25);
        Var c = b.apply(new Constant(shapes[0], fixed));
        Var x = b.input("x", shapes[1], InputRole.DIFFERENTIABLE, null);
        Graph graph = b.output(b.sum(b.apply(p, c, x))).build();
        double[] point = new Random(label.hashCode()).doubles(graph.parameterCount(), 0.5, 2).toArray();
        double[] torchGradient = new double[point.length];
        double[] referenceGradient = new double[point.length];
        double torchValue = new PyTorchEngine().prepare(graph, EngineOptions.none()).gradient(point, torchGradient);
        double referenceValue = new ReverseEngine().prepare(graph, EngineOptions.none()).gradient(point, referenceGradient);
        assertThat(Rho.of(torchValue, referenceValue)).isLessThanOrEqualTo(TOLERANCE);
        assertThat(Rho.max(torchGradient, referenceGradient)).isLessThanOrEqualTo(TOLERANCE);
    }
}
