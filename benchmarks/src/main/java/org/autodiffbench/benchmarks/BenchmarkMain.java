package org.autodiffbench.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmark suites with JMH and prints each suite's table with its targets checked:
 * {@code gradient-cost} (a gradient against the primal and hand-written backprop, on
 * {@code mlp-width}), {@code checkpointing-tradeoff} (time against retained bytes of
 * checkpointed and plain reverse mode, on {@code mlp-depth} and {@code ode-chain}) and
 * {@code tensor-batch} (the same on {@code mlp-batch}, whose graph is matrix–matrix products) and
 * {@code compiled-engines} (the compiled engines against the hand-written derivatives of the
 * model families) and {@code kernels} (the hand-written MLP on the vector against the scalar
 * kernels, GFLOP/s of one matrix–matrix product against the {@code mlp-batch} gradient, and the
 * bulk tanh of both kernel sets).
 * Every fork gets the vector module.
 *
 * <p>Usage: {@code java -jar benchmarks/target/benchmarks.jar [gradient-cost]
 * [checkpointing-tradeoff] [tensor-batch] [compiled-engines] [kernels] [--quick] [-p name=value[,value…]]…}
 * (no suite: all five). {@code -p} sets a JMH parameter of every suite that has it, e.g.
 * {@code -p reverseEngine=reverse} to measure another engine under the compiled one's name.
 * Raw JMH JSON goes to {@code benchmarks/target/jmh-<suite>.json}.
 * Exit code 0 when every target is met, 1 when one is missed, 2 on a bad argument or when JMH
 * produced no result.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException {
        boolean quick = false;
        List<String> suites = new ArrayList<>();
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--quick")) {
                quick = true;
            } else if (args[i].equals("-p")) {
                String parameter = i + 1 < args.length ? args[++i] : "";
                int equals = parameter.indexOf('=');
                if (equals <= 0) {
                    exitOnBadArgument("-p needs name=value[,value…], e.g. -p reverseEngine=reverse");
                }
                parameters.put(parameter.substring(0, equals), List.of(parameter.substring(equals + 1).split(",")));
            } else {
                suites.add(args[i]);
            }
        }
        if (suites.isEmpty()) {
            suites = List.of("gradient-cost", "checkpointing-tradeoff", "tensor-batch", "compiled-engines", "kernels");
        }
        PlannedModels compiledEnginesModels = null;
        if (suites.contains("compiled-engines")) {
            try {
                compiledEnginesModels = PlannedModels.of(parameters::get);
                CompiledEnginesBenchmark.requireEngines(parameters::get);
            } catch (IllegalArgumentException e) {
                exitOnBadArgument(e.getMessage());
            }
        }
        boolean allMet = true;
        for (String suite : suites) {
            switch (suite) {
                case "gradient-cost" -> allMet &= GradientCostTargets.printTable(
                        run(MlpWidthBenchmark.class, suite, quick, true, parameters));
                case "checkpointing-tradeoff" -> allMet &= CheckpointingTradeoffTargets.printTable(
                        run(CheckpointingBenchmark.class, suite, quick, false, parameters));
                case "tensor-batch" -> allMet &= MlpBatchTargets.printTable(
                        run(MlpBatchBenchmark.class, suite, quick, true, parameters));
                case "compiled-engines" -> allMet &= CompiledEnginesTargets.printTable(
                        run(CompiledEnginesBenchmark.class, suite, quick, true,
                                withPlannedHandJvps(parameters, compiledEnginesModels),
                                compiledEnginesModels.handJvp().isEmpty() ? List.of("handJvp") : List.of()),
                        compiledEnginesModels, quick);
                case "kernels" -> allMet &= KernelsTargets.printTable(
                        run(HandKernelsBenchmark.class, suite, quick, false, parameters),
                        run(MatMulBenchmark.class, suite + "-matmul", quick, false, parameters),
                        run(TanhBenchmark.class, suite + "-tanh", quick, false, parameters));
                default -> exitOnBadArgument("unknown suite '" + suite
                        + "'; choose gradient-cost, checkpointing-tradeoff, tensor-batch, compiled-engines or kernels");
            }
        }
        System.exit(allMet ? 0 : 1);
    }

    /**
     * The parameters with the hand JVP models the plan kept: those of the JVP models, which {@code -p
     * jvpModel} may have narrowed. When it kept none, JMH is not asked for the hand JVP at all.
     */
    private static Map<String, List<String>> withPlannedHandJvps(Map<String, List<String>> parameters,
            PlannedModels planned) {
        Map<String, List<String>> narrowed = new LinkedHashMap<>(parameters);
        if (!planned.handJvp().isEmpty()) {
            narrowed.put("handJvpModel", planned.handJvp());
        }
        return narrowed;
    }

    private static void exitOnBadArgument(String message) {
        System.err.println("error: " + message);
        System.exit(2);
    }

    private static Collection<RunResult> run(Class<?> benchmark, String suite, boolean quick, boolean gcProfiler,
            Map<String, List<String>> parameters) throws RunnerException {
        return run(benchmark, suite, quick, gcProfiler, parameters, List.of());
    }

    /** Runs the benchmark class's methods but those named in {@code excludedMethods}. */
    private static Collection<RunResult> run(Class<?> benchmark, String suite, boolean quick, boolean gcProfiler,
            Map<String, List<String>> parameters, List<String> excludedMethods) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(benchmark.getName())
                .resultFormat(ResultFormatType.JSON)
                .result("benchmarks/target/jmh-" + suite + ".json");
        excludedMethods.forEach(method -> options.exclude(benchmark.getName() + "." + method + "$"));
        parameters.forEach((name, values) -> options.param(name, values.toArray(String[]::new)));
        if (gcProfiler) {
            options.addProfiler(GCProfiler.class);
        }
        if (quick) {
            options.warmupIterations(2).warmupTime(TimeValue.milliseconds(500))
                    .measurementIterations(3).measurementTime(TimeValue.milliseconds(500));
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        if (results.isEmpty()) {
            System.err.println("error: JMH returned no results for " + suite
                    + "; run the shaded jar with 'java -jar', not under exec:java");
            System.exit(2);
        }
        return results;
    }
}
