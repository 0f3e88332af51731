package org.autodiffbench.benchmarks;

import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.registry.EngineRegistry;
import org.autodiffbench.models.HandDerivative;
import org.autodiffbench.models.ModelInstance;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The compiled engines against the hand-written derivatives of the model families, found by
 * engine id so that the suite builds without them: {@code compiled-reverse}'s primal and
 * derivative (the gradient of a scalar model, the full Jacobian of a vector one),
 * {@code compiled-forward}'s single JVP against a primal on every built-in family, and the
 * interpreted {@code reverse} on {@code mlp-width} beside the compiled one. Another engine is
 * measured by overriding an id parameter, e.g. {@code -p reverseEngine=reverse}.
 *
 * <p>Each group of models is a state with a parameter of its own, so a method runs only on the
 * models its target names. Every call fills buffers prepared at setup, so {@code -prof gc} shows
 * what a call allocates. {@link CompiledEnginesTargets} checks the targets.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "--add-modules=jdk.incubator.vector"})
public class CompiledEnginesBenchmark {

    /** The parameters that name a model, one per state. */
    static final String[] MODEL_PARAMETERS = {"handModel", "reverseModel", "mlpModel", "jvpModel", "handJvpModel"};

    /** A model with a hand-written derivative: the baseline of every reverse target. */
    @State(Scope.Thread)
    public static class HandModel {

        @Param({"scalar-example:2", "ode-chain:1000", "ode-chain:10000", "jacobian:8:outputs=8",
                "jacobian:16:outputs=16", "jacobian:64:outputs=64", "jacobian:256:outputs=256",
                "mlp-width:16", "mlp-width:64", "mlp-width:256", "mlp-width:1024"})
        public String handModel;

        private HandDerivative hand;
        private Buffers buffers;

        @Setup(Level.Trial)
        public void setUp() {
            ModelInstance model = ModelParam.parse(handModel).instance();
            hand = model.handDerivative().orElseThrow(() -> new IllegalArgumentException(
                    "model '" + handModel + "' has no hand-written derivative; measure it as a reverseModel only"));
            buffers = new Buffers(model);
        }
    }

    /** A model and one engine prepared for it: what the two reverse-engine states share. */
    abstract static class PreparedModel {

        PreparedDiff engine;
        Buffers buffers;

        void prepare(String modelParameter, String engineId) {
            ModelInstance model = ModelParam.parse(modelParameter).instance();
            engine = CompiledEnginesBenchmark.prepare(engineId, model);
            buffers = new Buffers(model);
        }
    }

    /** A model prepared by the compiled reverse engine (or the engine {@code reverseEngine} names). */
    @State(Scope.Thread)
    public static class ReverseModel extends PreparedModel {

        @Param({"scalar-example:2", "ode-chain:1000", "ode-chain:10000", "scalar-dag:256", "jacobian:8:outputs=8",
                "jacobian:16:outputs=16", "jacobian:64:outputs=64", "jacobian:256:outputs=256",
                "mlp-width:16", "mlp-width:64", "mlp-width:256", "mlp-width:1024"})
        public String reverseModel;

        @Param("compiled-reverse")
        public String reverseEngine;

        @Setup(Level.Trial)
        public void setUp() {
            prepare(reverseModel, reverseEngine);
        }
    }

    /** An {@code mlp-width} model prepared by the interpreted reverse engine, the compiled one's rival there. */
    @State(Scope.Thread)
    public static class InterpretedMlp extends PreparedModel {

        @Param({"mlp-width:16", "mlp-width:64", "mlp-width:256", "mlp-width:1024"})
        public String mlpModel;

        @Param("reverse")
        public String interpretedEngine;

        @Setup(Level.Trial)
        public void setUp() {
            prepare(mlpModel, interpretedEngine);
        }
    }

    /**
     * One model of every built-in family at a modest size, prepared by the compiled forward engine,
     * with its primal: the hand-written one where the family has it, else the engine's own value.
     */
    @State(Scope.Thread)
    public static class JvpModel {

        @Param({"scalar-example:2", "scalar-dag:256", "mlp-width:64", "jacobian:16:outputs=16", "mlp-depth:8",
                "ode-chain:1000", "mlp-batch:16", "gb-hello:1", "gb-llsq:256", "gb-lse:1000", "gb-ode:10",
                "gb-gmm:5", "gb-lstm:16", "gb-ba:1", "gb-kmeans:10"})
        public String jvpModel;

        @Param("compiled-forward")
        public String forwardEngine;

        private PreparedDiff engine;
        private HandDerivative primal;
        private Buffers buffers;
        private double[] direction;

        @Setup(Level.Trial)
        public void setUp() {
            ModelInstance model = ModelParam.parse(jvpModel).instance();
            engine = prepare(forwardEngine, model);
            primal = model.handDerivative().orElse(engine::value);
            buffers = new Buffers(model);
            direction = direction(model);
        }
    }

    /**
     * A JVP model whose family has a hand-written JVP: what one JVP costs written by hand with the
     * best kernels, against which the compiled JVP and the JVP target's limit are read.
     */
    @State(Scope.Thread)
    public static class HandJvpModel {

        @Param({"scalar-example:2", "mlp-width:64", "mlp-depth:8", "mlp-batch:16", "gb-hello:1", "gb-ode:10",
                "gb-gmm:5", "gb-ba:1", "gb-kmeans:10"})
        public String handJvpModel;

        private HandDerivative hand;
        private Buffers buffers;
        private double[] direction;

        @Setup(Level.Trial)
        public void setUp() {
            ModelInstance model = ModelParam.parse(handJvpModel).instance();
            hand = model.handDerivative().orElseThrow(() -> new IllegalArgumentException(
                    "model '" + handJvpModel + "' has no hand-written derivative; measure it as a jvpModel only"));
            buffers = new Buffers(model);
            direction = direction(model);
        }
    }

    /** The JVP's direction: the same seeded Gaussian vector for the engine and the hand-written JVP. */
    private static double[] direction(ModelInstance model) {
        Random random = new Random(7);
        double[] direction = new double[model.parameterCount()];
        for (int i = 0; i < direction.length; i++) {
            direction[i] = random.nextGaussian();
        }
        return direction;
    }

    /** The point and the output arrays a call fills, sized for one model. */
    private static final class Buffers {

        final double[] x;
        final double[] y;
        final double[] yDot;
        final double[] derivative;
        final boolean scalar;

        Buffers(ModelInstance model) {
            x = model.point();
            int m = model.graph().outputSize();
            y = new double[m];
            yDot = new double[m];
            derivative = new double[m * x.length];
            scalar = m == 1;
        }
    }

    /**
     * Refuses, before JMH forks, an engine id the registry cannot give, with what to do: the
     * compiled engines come with their own module.
     *
     * @throws IllegalArgumentException naming the engine, the available ones and the {@code -p} to measure another
     */
    static void requireEngines(Function<String, Collection<String>> overrides) {
        EngineRegistry engines = EngineRegistry.discover();
        for (String id : Stream.of(ParameterValues.of(ReverseModel.class, "reverseEngine", overrides),
                ParameterValues.of(InterpretedMlp.class, "interpretedEngine", overrides),
                ParameterValues.of(JvpModel.class, "forwardEngine", overrides)).flatMap(List::stream).toList()) {
            try {
                engines.require(id);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage() + "; put its jar on the class path, or measure "
                        + "another engine under the parameter's name, e.g. -p reverseEngine=reverse -p forwardEngine=forward");
            }
        }
    }

    private static PreparedDiff prepare(String engineId, ModelInstance model) {
        return EngineRegistry.discover().require(engineId).prepare(model.graph(), EngineOptions.none());
    }

    /** The hand-written primal: the unit of the primal targets. */
    @Benchmark
    public double handValue(HandModel m) {
        m.hand.value(m.buffers.x, m.buffers.y);
        return m.buffers.y[0];
    }

    /** The hand-written gradient, or the full Jacobian of a vector model: the speed of light. */
    @Benchmark
    public double handDerivative(HandModel m) {
        Buffers b = m.buffers;
        if (b.scalar) {
            return m.hand.gradient(b.x, b.derivative);
        }
        m.hand.jacobian(b.x, b.y, b.derivative);
        return b.derivative[0];
    }

    @Benchmark
    public double reverseValue(ReverseModel m) {
        return value(m.engine, m.buffers);
    }

    /**
     * The engine's gradient, or its full Jacobian of a vector model. Warmed up twice as long as the
     * other calls: at {@code mlp-width} w = 1024 a call takes about 1 ms, and the kernels' outer
     * methods, entered a few times per call, reach C2 (and stop boxing vectors) only after about
     * 6,000 calls, so three 1-s iterations would measure part of the warm-up as allocation.
     */
    @Benchmark
    @Warmup(iterations = 6, time = 1)
    public double reverseDerivative(ReverseModel m) {
        return derivative(m.engine, m.buffers);
    }

    @Benchmark
    public double interpretedReverseValue(InterpretedMlp m) {
        return value(m.engine, m.buffers);
    }

    @Benchmark
    public double interpretedReverseGradient(InterpretedMlp m) {
        return derivative(m.engine, m.buffers);
    }

    /** The primal the JVP is measured against: hand-written where the family has one. */
    @Benchmark
    public double jvpPrimal(JvpModel m) {
        m.primal.value(m.buffers.x, m.buffers.y);
        return m.buffers.y[0];
    }

    /** One directional derivative along a fixed random direction. */
    @Benchmark
    public double forwardJvp(JvpModel m) {
        m.engine.jvp(m.buffers.x, m.direction, m.buffers.y, m.buffers.yDot);
        return m.buffers.yDot[0];
    }

    /** The same directional derivative, hand-written: the speed of light of one JVP. */
    @Benchmark
    public double handJvp(HandJvpModel m) {
        m.hand.jvp(m.buffers.x, m.direction, m.buffers.y, m.buffers.yDot);
        return m.buffers.yDot[0];
    }

    private static double value(PreparedDiff engine, Buffers b) {
        engine.value(b.x, b.y);
        return b.y[0];
    }

    private static double derivative(PreparedDiff engine, Buffers b) {
        if (b.scalar) {
            return engine.gradient(b.x, b.derivative);
        }
        engine.jacobian(b.x, b.y, b.derivative);
        return b.derivative[0];
    }
}
