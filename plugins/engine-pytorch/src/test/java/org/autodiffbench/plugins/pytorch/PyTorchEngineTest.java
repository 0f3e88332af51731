package org.autodiffbench.plugins.pytorch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.lang.reflect.Proxy;
import java.util.Map;
import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.UnsupportedOperatorException;
import org.autodiffbench.api.UnsupportedPrimitiveException;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Shape;
import org.autodiffbench.api.graph.Var;
import org.autodiffbench.api.primitives.Primitive;
import org.autodiffbench.api.primitives.Primitives;
import org.autodiffbench.engine.reverse.ReverseEngine;
import org.autodiffbench.models.ModelFamilies;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.reference.Rho;
import org.junit.jupiter.api.Test;

class PyTorchEngineTest {

    private static final PyTorchEngine ENGINE = new PyTorchEngine();

    /** f(x1, x2) = ln(x1) + x1·x2 − sin(x2), the worked example of Baydin et al., JMLR 18 (2018). */
    static Graph workedExample() {
        return ModelFamilies.require("scalar-example").instance(2, 1L).graph();
    }

    @Test
    void workedExampleMatchesTheReferenceAdjoints() {
        PreparedDiff prepared = ENGINE.prepare(workedExample(), EngineOptions.none());
        double[] gradient = new double[2];
        double value = prepared.gradient(new double[] {2, 5}, gradient);
        assertThat(value).isCloseTo(11.652071455223084, within(1e-14));
        assertThat(gradient[0]).isCloseTo(5.5, within(1e-15));
        assertThat(gradient[1]).isCloseTo(1.7163378145367738, within(1e-15));
    }

    @Test
    void aGradientIsOneRecordingAndOneBackwardPassCountedOnTheIr() {
        PreparedDiff prepared = ENGINE.prepare(workedExample(), EngineOptions.none());
        prepared.gradient(new double[] {2, 5}, new double[2]);
        CallStatistics stats = prepared.statistics();
        assertThat(stats.adjointSweeps()).isEqualTo(1);
        assertThat(stats.tangentSweeps()).isZero();
        assertThat(stats.stageEvaluations()).isEqualTo(1);
        // Primal: log, mul, sin, add, sub = 5 flops; VJP: log 3, mul 2+2, sin 3, add 2+2, sub 2+2 = 18.
        assertThat(stats.flops()).isEqualTo(5 + 18);
        // Five intermediate scalars, each a value and a gradient tensor of 8 bytes.
        assertThat(stats.retainedBytes()).isEqualTo(2 * 5 * 8);

        prepared.value(new double[] {2, 5}, new double[1]);
        assertThat(prepared.statistics().flops()).isEqualTo(5);
        assertThat(prepared.statistics().sweeps()).isZero();
    }

    @Test
    void moreThreadsGiveTheSameGradient() {
        ModelInstance model = ModelFamilies.require("mlp-width").instance(32, 2L);
        double[] oneThread = new double[model.parameterCount()];
        double[] twoThreads = new double[model.parameterCount()];
        ENGINE.prepare(model.graph(), EngineOptions.none()).gradient(model.point(), oneThread);
        ENGINE.prepare(model.graph(), EngineOptions.of(Map.of("threads", "2"))).gradient(model.point(), twoThreads);
        ENGINE.prepare(model.graph(), EngineOptions.none()); // back to one thread: the setting is process-wide
        assertThat(Rho.max(oneThread, twoThreads)).isLessThanOrEqualTo(1e-13);
    }

    @Test
    void flopsAreTheReverseEnginesCountOfTheSameGraph() {
        GraphBuilder b = new GraphBuilder();
        Var w = b.matrix("W", 4, 3);
        Var x = b.vector("x", 3);
        Var c = b.data("c", Shape.vector(4), 1, 2, 3, 4);
        Var h = b.tanh(b.add(b.matVec(w, x), c));
        b.output(b.mul(b.constant(0.5), b.dot(h, b.sigmoid(h))));
        Graph graph = b.build();
        double[] point = new java.util.Random(3).doubles(15, -1, 1).toArray();
        PreparedDiff torch = ENGINE.prepare(graph, EngineOptions.none());
        PreparedDiff reverse = new ReverseEngine().prepare(graph, EngineOptions.none());
        torch.gradient(point, new double[15]);
        reverse.gradient(point, new double[15]);
        assertThat(torch.statistics().flops()).isEqualTo(reverse.statistics().flops());
        torch.jacobian(point, new double[1], new double[15]);
        reverse.jacobian(point, new double[1], new double[15]);
        assertThat(torch.statistics().flops()).isEqualTo(reverse.statistics().flops());
    }

    @Test
    void aJacobianIsOneBackwardPassPerOutputOverOneRecording() {
        // y = (x0·x1, sin x0 + x2); J = [[x1, x0, 0], [cos x0, 0, 1]]
        GraphBuilder b = new GraphBuilder();
        Var x0 = b.scalar("x0");
        Var x1 = b.scalar("x1");
        Var x2 = b.scalar("x2");
        b.output(b.mul(x0, x1));
        b.output(b.add(b.sin(x0), x2));
        PreparedDiff prepared = ENGINE.prepare(b.build(), EngineOptions.none());
        double[] x = {0.3, -1.2, 2.0};
        double[] y = new double[2];
        double[] jacobian = new double[6];
        prepared.jacobian(x, y, jacobian);
        assertThat(y).containsExactly(new double[] {0.3 * -1.2, Math.sin(0.3) + 2.0}, within(1e-15));
        assertThat(jacobian).containsExactly(new double[] {-1.2, 0.3, 0, Math.cos(0.3), 0, 1}, within(1e-15));
        assertThat(prepared.statistics().adjointSweeps()).isEqualTo(2);
        assertThat(prepared.statistics().stageEvaluations()).isEqualTo(1);
    }

    @Test
    void outputsThatAreInputsOrDataStillDifferentiate() {
        // y = (x, c, x·x): the identity passes the seed straight to the leaf; c varies with nothing.
        GraphBuilder b = new GraphBuilder();
        Var x = b.vector("x", 2);
        Var c = b.data("c", Shape.scalar(), 7.0);
        b.output(x).output(c).output(b.mul(x, x));
        PreparedDiff prepared = ENGINE.prepare(b.build(), EngineOptions.none());
        double[] point = {1.5, -2.0};
        for (int call = 0; call < 3; call++) {
            double[] y = new double[5];
            double[] jacobian = new double[10];
            prepared.jacobian(point, y, jacobian);
            assertThat(y).containsExactly(1.5, -2.0, 7.0, 2.25, 4.0);
            assertThat(jacobian).containsExactly(1, 0, 0, 1, 0, 0, 3, 0, 0, -4);
            double[] xBar = new double[2];
            prepared.vjp(point, new double[] {1, 10, 100, 1000, 10000}, y, xBar);
            assertThat(xBar).containsExactly(1 + 1000 * 3, 10 + 10000 * -4);
        }

        GraphBuilder constant = new GraphBuilder();
        constant.scalar("unused");
        constant.output(constant.constant(4.0));
        PreparedDiff flat = ENGINE.prepare(constant.build(), EngineOptions.none());
        double[] gradient = {99};
        assertThat(flat.gradient(new double[] {1}, gradient)).isEqualTo(4.0);
        assertThat(gradient).containsExactly(0.0);
    }

    @Test
    void domainErrorsComeBackAsNonFiniteNumbers() {
        GraphBuilder b = new GraphBuilder();
        Var x = b.scalar("x");
        b.output(b.add(b.log(x), b.sqrt(x)));
        PreparedDiff prepared = ENGINE.prepare(b.build(), EngineOptions.none());
        double[] gradient = new double[1];
        assertThat(prepared.gradient(new double[] {-1}, gradient)).isNaN();
        assertThat(gradient[0]).isNaN();
        assertThat(prepared.gradient(new double[] {0}, gradient)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(gradient[0]).isEqualTo(Double.POSITIVE_INFINITY);
        // A NaN left behind in a leaf's gradient must not leak into the next call.
        assertThat(prepared.gradient(new double[] {4}, gradient)).isCloseTo(Math.log(4) + 2, within(1e-15));
        assertThat(gradient[0]).isCloseTo(0.25 + 0.25, within(1e-15));
    }

    @Test
    void badCallsAreRefusedWithMessagesThatSayWhatWasExpected() {
        assertThatThrownBy(() -> ENGINE.prepare(workedExample(), EngineOptions.of(Map.of("lanes", "2"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("engine 'pytorch' has no option 'lanes'; it takes threads");
        assertThatThrownBy(() -> ENGINE.prepare(workedExample(), EngineOptions.of(Map.of("threads", "0"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("option threads=0 must be at least 1");
        PreparedDiff prepared = ENGINE.prepare(workedExample(), EngineOptions.none());
        assertThatThrownBy(() -> prepared.gradient(new double[3], new double[2]))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("point array has 3 entries, expected 2");
        assertThatThrownBy(() -> prepared.jvp(new double[2], new double[2], new double[1], new double[1]))
                .isInstanceOf(UnsupportedOperatorException.class).hasMessageContaining("does not offer jvp");

        GraphBuilder b = new GraphBuilder();
        Var x = b.vector("x", 3);
        b.output(b.sin(x));
        PreparedDiff vector = ENGINE.prepare(b.build(), EngineOptions.none());
        assertThatThrownBy(() -> vector.gradient(new double[3], new double[3]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gradient needs a scalar output");
    }

    /**
     * A primitive from outside the api, even one named like an api primitive, has no libtorch
     * operation: preparation refuses it by name rather than misread it.
     */
    @Test
    void aPrimitiveWithoutALibtorchOperationIsRefusedByName() {
        GraphBuilder b = new GraphBuilder();
        Var x = b.scalar("x");
        // sin itself, behind a class of its own
        Primitive lookalike = (Primitive) Proxy.newProxyInstance(Primitive.class.getClassLoader(),
                new Class<?>[] {Primitive.class}, (proxy, method, args) -> method.invoke(Primitives.SIN, args));
        b.output(b.apply(lookalike, b.exp(x)));

        assertThatThrownBy(() -> ENGINE.prepare(b.build(), EngineOptions.none()))
                .isInstanceOf(UnsupportedPrimitiveException.class)
                .hasMessageStartingWith("engine 'pytorch' lacks primitive 'sin' (used by node v2);");
    }
}
