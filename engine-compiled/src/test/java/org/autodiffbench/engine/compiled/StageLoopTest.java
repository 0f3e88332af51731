package org.autodiffbench.engine.compiled;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.compile.CompiledGraph;
import org.autodiffbench.api.compile.GraphCompiler;
import org.autodiffbench.api.compile.Sweep;
import org.autodiffbench.engine.reverse.ReverseEngine;
import org.autodiffbench.models.ModelFamilies;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.reference.Rho;
import org.junit.jupiter.api.Test;

/**
 * The repeated Heun steps of ode-chain become one body method per direction, called in a loop,
 * instead of T copies of straight-line code: so the generated source does not grow with T, the
 * result still agrees with the interpreter, and T = 100,000 compiles in well under a second.
 */
class StageLoopTest {

    private static ModelInstance odeChain(int steps) {
        return ModelFamilies.require("ode-chain").instance(steps, Map.of(), 3);
    }

    /** How many generated methods have a name starting with {@code prefix} followed by a number. */
    static int methods(String source, String prefix) {
        Matcher m = Pattern.compile("private void " + prefix + "[0-9]+\\(").matcher(source);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    @Test
    void odeChainOfAThousandStepsHasOneBodyMethodPerDirection() {
        ModelInstance model = odeChain(1000);
        CompiledGraph adjoint = GraphCompiler.compile(model.graph(), EnumSet.of(Sweep.ADJOINT));
        CompiledGraph tangent = GraphCompiler.compile(model.graph(), EnumSet.of(Sweep.TANGENT));
        assertThat(adjoint.stageRuns()).as("runs of repeated stages").isEqualTo(1);
        assertThat(methods(adjoint.source(), "pb")).as("primal body methods").isEqualTo(1);
        assertThat(methods(adjoint.source(), "ab")).as("adjoint body methods").isEqualTo(1);
        assertThat(methods(tangent.source(), "tb")).as("tangent body methods").isEqualTo(1);
        assertThat(adjoint.source()).as("the loop over the run").contains("for (int k = 0; k < 997; k++)")
                .contains("for (int k = 996; k >= 0; k--)");
        int hundredSteps = GraphCompiler.compile(odeChain(100).graph(), EnumSet.of(Sweep.ADJOINT)).source().length();
        assertThat(adjoint.source().length()).as("source characters at T = 1000 (only the slot numbers grow)")
                .isLessThan(hundredSteps + hundredSteps / 10);
    }

    @Test
    void theLoopedOdeChainAgreesWithTheReverseInterpreter() {
        ModelInstance model = odeChain(1000);
        double[] x = model.point();
        double[] mine = new double[x.length];
        double[] theirs = new double[x.length];
        PreparedDiff compiled = new CompiledReverseEngine().prepare(model.graph(), EngineOptions.none());
        PreparedDiff interpreted = new ReverseEngine().prepare(model.graph(), EngineOptions.none());
        Rho.assertClose("value", compiled.gradient(x, mine), interpreted.gradient(x, theirs), 1e-12);
        Rho.assertClose("gradient", mine, theirs, 1e-12);
        double[] forward = new double[x.length];
        new CompiledForwardEngine().prepare(model.graph(), EngineOptions.none()).gradient(x, forward);
        Rho.assertClose("forward gradient", forward, theirs, 1e-12);
    }

    @Test
    void odeChainOfAHundredThousandStepsCompilesFast() {
        ModelInstance model = odeChain(100_000);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        CompiledGraph compiled = GraphCompiler.compile(model.graph(), EnumSet.of(Sweep.ADJOINT));
        double seconds = (System.nanoTime() - started) * 1e-9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStarted) * 1e-9;
        System.out.printf("ode-chain T = 100000: generated in %.1f ms, compiled in %.1f ms, %.3f s in all, "
                + "%.3f s of this thread's CPU%n", compiled.generationNanos() * 1e-6, compiled.compilationNanos() * 1e-6,
                seconds, cpuSeconds);
        // The aim is well under a second. The thread's CPU time does not count the time other builds on a
        // shared machine take from it; the margin is for a cold JVM.
        assertThat(cpuSeconds).as("CPU seconds to generate and compile").isLessThan(3.0);
        double[] x = model.point();
        double[] gradient = new double[x.length];
        double[] hand = new double[x.length];
        double value = new CompiledAdjoints(compiled).gradient(x, gradient);
        double handValue = model.handDerivative().orElseThrow().gradient(x, hand);
        Rho.assertClose("value against the hand-written adjoint", value, handValue, 1e-10);
        Rho.assertClose("gradient against the hand-written adjoint", gradient, hand, 1e-10);
    }
}
