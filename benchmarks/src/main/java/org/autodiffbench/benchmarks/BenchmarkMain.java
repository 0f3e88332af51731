package org.autodiffbench.benchmarks;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
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
 * {@code kernels} (the hand-written MLP on the vector against the scalar kernels, and GFLOP/s of
 * one matrix–matrix product against the {@code mlp-batch} gradient). Every fork gets the vector
 * module.
 *
 * <p>Usage: {@code java -jar benchmarks/target/benchmarks.jar [gradient-cost]
 * [checkpointing-tradeoff] [tensor-batch] [kernels] [--quick]} (no suite: all four). Raw JMH JSON goes to
 * {@code benchmarks/target/jmh-<suite>.json}.
 * Exit code 0 when every target is met, 1 when one is missed, 2 on a bad argument or when JMH
 * produced no result.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException {
        List<String> arguments = Arrays.asList(args);
        boolean quick = arguments.contains("--quick");
        List<String> suites = arguments.stream().filter(a -> !a.equals("--quick")).toList();
        if (suites.isEmpty()) {
            suites = List.of("gradient-cost", "checkpointing-tradeoff", "tensor-batch", "kernels");
        }
        boolean allMet = true;
        for (String suite : suites) {
            switch (suite) {
                case "gradient-cost" -> allMet &= GradientCostTargets.printTable(
                        run(MlpWidthBenchmark.class, suite, quick, true));
                case "checkpointing-tradeoff" -> allMet &= CheckpointingTradeoffTargets.printTable(
                        run(CheckpointingBenchmark.class, suite, quick, false));
                case "tensor-batch" -> allMet &= MlpBatchTargets.printTable(
                        run(MlpBatchBenchmark.class, suite, quick, true));
                case "kernels" -> allMet &= KernelsTargets.printTable(
                        run(HandKernelsBenchmark.class, suite, quick, false),
                        run(MatMulBenchmark.class, suite + "-matmul", quick, false));
                default -> {
                    System.err.println("error: unknown suite '" + suite
                            + "'; choose gradient-cost, checkpointing-tradeoff, tensor-batch or kernels");
                    System.exit(2);
                }
            }
        }
        System.exit(allMet ? 0 : 1);
    }

    private static Collection<RunResult> run(Class<?> benchmark, String suite, boolean quick, boolean gcProfiler)
            throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(benchmark.getName())
                .resultFormat(ResultFormatType.JSON)
                .result("benchmarks/target/jmh-" + suite + ".json");
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
