package org.autodiffbench.harness.timing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.autodiffbench.harness.campaign.TimingSettings;
import org.autodiffbench.harness.check.Failures;
import org.autodiffbench.results.CellSpec;
import org.autodiffbench.results.ResultsJson;
import org.autodiffbench.results.Timing;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Times workloads with JMH's Runner API in forked JVMs (never in this one), average time per
 * call with the GC profiler's {@code gc.alloc.rate.norm}, and writes JMH's raw JSON. The
 * campaign holds JMH's machine-wide lock ({@link JmhLock}) and starts this JVM with
 * {@code -Djmh.ignoreLock=true}.
 */
public final class JmhTiming {

    static final String ALLOCATION = "gc.alloc.rate.norm";

    private JmhTiming() {
    }

    /** JMH failed or measured nothing; the message says why. */
    public static final class TimingFailure extends Exception {

        private static final long serialVersionUID = 1L;

        TimingFailure(String message) {
            super(message);
        }
    }

    /**
     * Times the cell's engine, or its model's baselines, once per role.
     *
     * @param jvmArgs the forked JVMs' arguments, e.g. the heap size
     * @throws TimingFailure if a benchmark threw, a fork died, or JMH returned no result for a role
     */
    public static Map<Workload.Role, Timing> time(CellSpec cell, List<Workload.Role> roles, TimingSettings settings,
                                                  Path jmhFile, List<String> jvmArgs) throws TimingFailure {
        ChainedOptionsBuilder options = options(cell, settings, jmhFile, jvmArgs);
        options.param("role", roles.stream().map(Workload.Role::label).toArray(String[]::new));
        Map<Workload.Role, Timing> timings = new EnumMap<>(Workload.Role.class);
        for (RunResult result : run(options)) {
            timings.put(Workload.Role.of(result.getParams().getParam("role")), timing(result));
        }
        for (Workload.Role role : roles) {
            requireResult(timings.containsKey(role), role.label());
        }
        return timings;
    }

    /**
     * Times the model's named baselines ({@link Workload.Role#NAMED}), one benchmark per name.
     *
     * @throws TimingFailure if a benchmark threw, a fork died, or JMH returned no result for a name
     */
    public static Map<String, Timing> timeNamedBaselines(CellSpec cell, List<String> names, TimingSettings settings,
                                                         Path jmhFile, List<String> jvmArgs) throws TimingFailure {
        ChainedOptionsBuilder options = options(cell, settings, jmhFile, jvmArgs);
        options.param("role", Workload.Role.NAMED.label());
        options.param("baseline", names.toArray(String[]::new));
        Map<String, Timing> timings = new LinkedHashMap<>();
        for (RunResult result : run(options)) {
            timings.put(result.getParams().getParam("baseline"), timing(result));
        }
        for (String name : names) {
            requireResult(timings.containsKey(name), name);
        }
        return timings;
    }

    private static ChainedOptionsBuilder options(CellSpec cell, TimingSettings settings, Path jmhFile,
                                                 List<String> jvmArgs) {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + Pattern.quote(CellBenchmark.class.getName() + ".call") + "$")
                .forks(settings.forks())
                .warmupIterations(settings.warmupIterations())
                .warmupTime(TimeValue.milliseconds(settings.warmupMillis()))
                .measurementIterations(settings.measurementIterations())
                .measurementTime(TimeValue.milliseconds(settings.measurementMillis()))
                .threads(1)
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .jvmArgs(jvmArgs.toArray(String[]::new))
                .resultFormat(ResultFormatType.JSON)
                .result(jmhFile.toString());
        options.param("cell", ResultsJson.oneLine(cell));
        return options;
    }

    private static Collection<RunResult> run(ChainedOptionsBuilder options) throws TimingFailure {
        try {
            return new Runner(options.build()).run();
        } catch (RunnerException e) {
            throw new TimingFailure(reason(e));
        }
    }

    private static void requireResult(boolean present, String benchmark) throws TimingFailure {
        if (!present) {
            throw new TimingFailure("JMH returned no result for the " + benchmark + " benchmark; run the"
                    + " harness with 'java -jar' or 'java -cp', not under exec:java, so that JMH can fork");
        }
    }

    /**
     * JMH's median, mean and extremes of the per-iteration times, their interval
     * ({@link MedianBootstrap}), every sample and the forks and iterations they came from.
     */
    static Timing timing(RunResult result) {
        Result<?> primary = result.getPrimaryResult();
        var statistics = primary.getStatistics();
        List<Double> samples = new ArrayList<>();
        for (BenchmarkResult fork : result.getBenchmarkResults()) {
            for (IterationResult iteration : fork.getIterationResults()) {
                samples.add(iteration.getPrimaryResult().getScore());
            }
        }
        Result<?> allocation = result.getSecondaryResults().get(ALLOCATION);
        BenchmarkParams params = result.getParams();
        return new Timing(statistics.getPercentile(50), statistics.getMean(), statistics.getMin(),
                statistics.getMax(), MedianBootstrap.of(samples),
                samples, allocation == null ? null : allocation.getScore(), params.getForks(),
                params.getWarmup().getCount(), params.getMeasurement().getCount());
    }

    /** The first exception under JMH's wrappers, as {@code SimpleName: message}. */
    static String reason(Throwable e) {
        Throwable cause = innermost(e);
        return Failures.describe(cause == null ? e : cause);
    }

    private static Throwable innermost(Throwable e) {
        boolean wrapper = e instanceof RunnerException || e.getClass().getName().startsWith("org.openjdk.jmh.");
        if (!wrapper) {
            return e;
        }
        List<Throwable> inner = new ArrayList<>();
        if (e.getCause() != null && e.getCause() != e) {
            inner.add(e.getCause());
        }
        inner.addAll(List.of(e.getSuppressed()));
        for (Throwable t : inner) {
            Throwable found = innermost(t);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
