package org.autodiffbench.plugins.commonsmath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.UnsupportedPrimitiveException;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Shape;
import org.autodiffbench.api.primitives.OperandLayout;
import org.autodiffbench.api.primitives.Primitive;
import org.autodiffbench.api.primitives.Residuals;
import org.autodiffbench.models.ModelFamilies;
import org.junit.jupiter.api.Test;

class CommonsMathEngineTest {

    private static final CommonsMathEngine ENGINE = new CommonsMathEngine();

    private static Graph workedExample() {
        return ModelFamilies.require("scalar-example").instance(2, 1L).graph();
    }

    @Test
    void aGraphWithMoreParametersThanTheDefaultLimitIsRefusedAtPrepareInOneLine() {
        Graph mlp32 = ModelFamilies.require("mlp-width").instance(32, 1).graph();
        assertThat(mlp32.parameterCount()).isEqualTo(3466);

        assertThatThrownBy(() -> ENGINE.prepare(mlp32, EngineOptions.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("engine 'commons-math' accepts at most maxParameters = 1500 differentiable scalars and this"
                        + " graph has P = 3466; DerivativeStructure needs about 55.9 GB of heap for it (raise the"
                        + " option only with a heap to match, or use another engine)");
    }

    @Test
    void theLimitIsAnOption() {
        Graph dag = ModelFamilies.require("scalar-dag").instance(12, 1).graph();
        EngineOptions ten = EngineOptions.parse(List.of("maxParameters=10"));

        assertThat(ENGINE.prepare(workedExample(), ten)).isNotNull();
        assertThatThrownBy(() -> ENGINE.prepare(dag, ten)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("engine 'commons-math' accepts at most maxParameters = 10 differentiable"
                        + " scalars and this graph has P = 12;");
        assertThatThrownBy(() -> ENGINE.prepare(dag, EngineOptions.parse(List.of("maxParameters=0"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("option maxParameters=0 must be at least 1");
    }

    @Test
    void tablesThatWouldNotFitTheHeapAreRefusedRatherThanRunOutOfMemory() {
        Graph mlp32 = ModelFamilies.require("mlp-width").instance(32, 1).graph();
        assumeTrue(Runtime.getRuntime().maxMemory() < 70e9, "the heap holds 55.9 GB of tables");

        assertThatThrownBy(() -> ENGINE.prepare(mlp32, EngineOptions.parse(List.of("maxParameters=100000"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("engine 'commons-math' cannot differentiate P = 3466 parameters in this JVM:"
                        + " DerivativeStructure needs about 55.9 GB of heap for its tables and the heap holds at most ")
                .hasMessageEndingWith(" GB; give the JVM more heap (-Xmx) or use a smaller model");
    }

    /** Heap growth measured after DSCompiler.getCompiler(P, 1) in a fresh JVM with -Xmx8g. */
    @Test
    void theTableEstimateIsWithinTwoPercentOfTheMeasuredHeap() {
        Map<Integer, Double> measuredMegabytes = Map.of(250, 22.7, 500, 174.5, 1000, 1360.9, 1500, 4564.2);
        measuredMegabytes.forEach((p, measured) ->
                assertThat(CompilerTables.bytes(p) / 1e6).as("P = %d", p).isCloseTo(measured, within(0.02 * measured)));
    }

    /** The engine reads a first-order structure as [f, ∂f/∂x0, …]; check that layout against the library. */
    @Test
    void allDerivativesAreTheValueThenThePartialsInParameterOrder() {
        DerivativeStructure x = new DerivativeStructure(3, 1, 0, 2.0);
        DerivativeStructure y = new DerivativeStructure(3, 1, 1, 3.0);
        DerivativeStructure z = new DerivativeStructure(3, 1, 2, 5.0);
        double[] all = x.multiply(y).add(z.sin()).getAllDerivatives();

        assertThat(all).containsExactly(6.0 + Math.sin(5.0), 3.0, 2.0, Math.cos(5.0));
        assertThat(all[3]).isEqualTo(x.multiply(y).add(z.sin()).getPartialDerivative(0, 0, 1));
    }

    /**
     * Worked example: primal log, mul, sin, add, sub = 5 flops; JVP rules log 2, mul 2+2, sin 2,
     * add 2+2, sub 2+2 = 16, times P = 2 directions for a gradient and 1 for a jvp. Held through
     * the sweep: x1, x2 and five intermediates, each a 24-byte object with a double[3] (16 + 24)
     * for a gradient or a double[2] for a jvp, plus five primal buffers of 16 + 8 bytes.
     */
    @Test
    void statisticsOfTheWorkedExample() {
        PreparedDiff prepared = ENGINE.prepare(workedExample(), EngineOptions.none());
        prepared.gradient(new double[] {2, 5}, new double[2]);
        CallStatistics gradient = prepared.statistics();
        prepared.jvp(new double[] {2, 5}, new double[] {1, 0}, new double[1], new double[1]);
        CallStatistics jvp = prepared.statistics();

        assertThat(gradient.tangentSweeps()).isEqualTo(1);
        assertThat(gradient.flops()).isEqualTo(5 + 2 * 16);
        assertThat(gradient.retainedBytes()).isEqualTo(7 * (24 + 16 + 8 * 3) + 5 * (16 + 8));
        assertThat(gradient.details()).containsEntry(DerivativeStructureSweep.TABLE_BYTES, CompilerTables.bytes(2));
        assertThat(jvp.tangentSweeps()).isEqualTo(1);
        assertThat(jvp.flops()).isEqualTo(5 + 16);
        assertThat(jvp.retainedBytes()).isEqualTo(7 * (24 + 16 + 8 * 2) + 5 * (16 + 8));
    }

    @Test
    void aPrimitiveWithoutARuleIsRefusedAtPrepare() {
        GraphBuilder b = new GraphBuilder();
        b.output(b.apply(new Relu(), b.scalar("x")));
        Graph graph = b.build();

        assertThatThrownBy(() -> ENGINE.prepare(graph, EngineOptions.none()))
                .isInstanceOf(UnsupportedPrimitiveException.class)
                .hasMessageStartingWith("engine 'commons-math' lacks primitive 'relu' (used by node v1);");
    }

    /** A primitive the engine has never heard of. */
    private static final class Relu implements Primitive {
        @Override
        public String name() {
            return "relu";
        }

        @Override
        public int arity() {
            return 1;
        }

        @Override
        public Shape shape(Shape... operands) {
            return operands[0];
        }

        @Override
        public void primal(double[][] operands, OperandLayout layout, double[] out) {
            out[0] = Math.max(0.0, operands[0][layout.offset(0)]);
        }

        @Override
        public void jvp(double[][] operands, OperandLayout layout, double[] out, double[][] tangents,
                        double[] tangentOut) {
            tangentOut[0] = out[0] > 0 ? tangents[0][layout.offset(0)] : 0.0;
        }

        @Override
        public void vjp(double[][] operands, OperandLayout layout, double[] out, double[] adjointOut,
                        double[][] adjoints) {
            adjoints[0][layout.offset(0)] += out[0] > 0 ? adjointOut[0] : 0.0;
        }

        @Override
        public Residuals residuals() {
            return Residuals.OUTPUT;
        }

        @Override
        public long primalFlops(Shape[] operands, Shape out) {
            return 1;
        }

        @Override
        public long jvpFlops(Shape[] operands, Shape out, int i) {
            return 1;
        }

        @Override
        public long vjpFlops(Shape[] operands, Shape out, int i) {
            return 1;
        }
    }
}
