package org.autodiffbench.engine.compiled;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Random;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.compile.CompiledGraph;
import org.autodiffbench.api.compile.GraphCompiler;
import org.autodiffbench.api.compile.Sweep;
import org.autodiffbench.engine.forward.ForwardEngine;
import org.autodiffbench.engine.reverse.ReverseEngine;
import org.autodiffbench.models.ModelFamilies;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.reference.Rho;
import org.junit.jupiter.api.Test;

/**
 * Repeated stages that call kernels loop too: GradBench's ode slices and concatenates its state in
 * every Runge–Kutta step, and its steps become one body method per direction that calls stage k's
 * kernels from tables, so the code a JVM must compile does not grow with the steps and gets hot
 * after a few calls; the looped code still agrees with the interpreters.
 */
class KernelStageLoopTest {

    private static ModelInstance ode(int steps) {
        return ModelFamilies.require("gb-ode").instance(steps, Map.of("n", "50"), 3);
    }

    @Test
    void odeStepsWithKernelsAreOneBodyMethodPerDirection() {
        ModelInstance model = ode(40);
        CompiledGraph adjoint = GraphCompiler.compile(model.graph(), EnumSet.of(Sweep.ADJOINT));
        CompiledGraph tangent = GraphCompiler.compile(model.graph(), EnumSet.of(Sweep.TANGENT));
        assertThat(adjoint.stageRuns()).as("runs of repeated stages").isEqualTo(1);
        assertThat(StageLoopTest.methods(adjoint.source(), "pb")).as("primal body methods").isEqualTo(1);
        assertThat(StageLoopTest.methods(adjoint.source(), "ab")).as("adjoint body methods").isEqualTo(1);
        assertThat(StageLoopTest.methods(tangent.source(), "ptb")).as("fused JVP body methods").isEqualTo(1);
        int tenSteps = bytecode(GraphCompiler.compile(ode(10).graph(), EnumSet.of(Sweep.ADJOINT)));
        assertThat(bytecode(adjoint)).as("bytes of bytecode at 40 steps against 10 (only the tables grow)")
                .isLessThan(tenSteps + tenSteps / 10);
    }

    @Test
    void layersOfADeepNetworkThatEachReadTheirOwnWeightsAndBiasAreOneBodyMethod() {
        ModelInstance model = ModelFamilies.require("mlp-depth").instance(64, Map.of(), 3);
        CompiledGraph adjoint = GraphCompiler.compile(model.graph(), EnumSet.of(Sweep.ADJOINT));
        assertThat(adjoint.stageRuns()).as("runs of repeated stages").isEqualTo(1);
        assertThat(StageLoopTest.methods(adjoint.source(), "pb")).as("primal body methods").isEqualTo(1);
        assertThat(StageLoopTest.methods(adjoint.source(), "ab")).as("adjoint body methods").isEqualTo(1);
        int fourLayers = bytecode(GraphCompiler.compile(ModelFamilies.require("mlp-depth").instance(4, Map.of(), 3)
                .graph(), EnumSet.of(Sweep.ADJOINT)));
        assertThat(bytecode(adjoint)).as("bytes of bytecode at 64 layers against 4").isLessThan(fourLayers + fourLayers / 10);
    }

    @Test
    void theLoopedDeepNetworkAgreesWithTheInterpreters() {
        agree(ModelFamilies.require("mlp-depth").instance(12, Map.of(), 5));
    }

    @Test
    void theLoopedOdeAgreesWithTheInterpreters() {
        agree(ode(12));
    }

    private static void agree(ModelInstance model) {
        double[] x = model.point();
        double[] mine = new double[x.length];
        double[] theirs = new double[x.length];
        PreparedDiff compiled = new CompiledReverseEngine().prepare(model.graph(), EngineOptions.none());
        PreparedDiff interpreted = new ReverseEngine().prepare(model.graph(), EngineOptions.none());
        Rho.assertClose("value", compiled.gradient(x, mine), interpreted.gradient(x, theirs), 1e-12);
        Rho.assertClose("gradient", mine, theirs, 1e-12);
        double[] direction = new Random(9).doubles(x.length, -1, 1).toArray();
        double[][] compiledJvp = jvp(new CompiledForwardEngine().prepare(model.graph(), EngineOptions.none()), x, direction);
        double[][] interpretedJvp = jvp(new ForwardEngine().prepare(model.graph(), EngineOptions.none()), x, direction);
        Rho.assertClose("JVP value", compiledJvp[0], interpretedJvp[0], 1e-12);
        Rho.assertClose("JVP tangent", compiledJvp[1], interpretedJvp[1], 1e-12);
        Rho.assertClose("JVP tangent against the gradient", compiledJvp[1][0], dot(theirs, direction), 1e-10);
    }

    private static int bytecode(CompiledGraph compiled) {
        return compiled.methodBytes().values().stream().mapToInt(Integer::intValue).sum();
    }

    private static double[][] jvp(PreparedDiff engine, double[] x, double[] direction) {
        double[] y = new double[1];
        double[] yDot = new double[1];
        engine.jvp(x, direction, y, yDot);
        return new double[][] {y, yDot};
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
