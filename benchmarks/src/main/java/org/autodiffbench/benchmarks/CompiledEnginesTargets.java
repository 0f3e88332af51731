package org.autodiffbench.benchmarks;

import static org.autodiffbench.benchmarks.MeasuredCall.score;
import static org.autodiffbench.benchmarks.MeasuredCall.time;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openjdk.jmh.results.RunResult;

/**
 * The compiled-engines table for {@link CompiledEnginesBenchmark}, every figure a ratio of scores
 * from one run, each target checked per model:
 * <ul>
 *   <li>compiled reverse derivative (gradient, or full Jacobian) ≤ 2× the hand-written one, and
 *       its primal ≤ 1.3× the hand-written primal;</li>
 *   <li>one compiled forward JVP ≤ 1.5× the primal (hand-written where the family has one, else
 *       the engine's own value) on a model of every built-in family;</li>
 *   <li>on {@code mlp-width}, the faster of the compiled and the interpreted reverse engine: its
 *       gradient ≤ 1.25× the hand-written one and its primal ≤ 1.2× the hand-written primal;</li>
 *   <li>a compiled engine's gradient, Jacobian or JVP call allocates ≤ 64 bytes.</li>
 * </ul>
 */
final class CompiledEnginesTargets {

    static final double MAX_REVERSE_OVER_HAND = 2.0;
    static final double MAX_REVERSE_PRIMAL_OVER_HAND = 1.3;
    static final double MAX_JVP_OVER_PRIMAL = 1.5;
    static final double MAX_MLP_REVERSE_OVER_HAND = 1.25;
    static final double MAX_MLP_PRIMAL_OVER_HAND = 1.2;
    static final double MAX_ALLOC_BYTES = 64;

    private static final String MLP_WIDTH = "mlp-width";
    /** JMH's MB is 2^20 bytes. */
    private static final double BYTES_PER_MICROSECOND_PER_MB_PER_S = 1024 * 1024 / 1e6;

    private CompiledEnginesTargets() {
    }

    /** Prints the table; returns whether every target that has a baseline is met. */
    static boolean printTable(Collection<RunResult> results, PlannedModels planned, boolean quick) {
        MeasuredCalls calls = MeasuredCalls.of(results, CompiledEnginesBenchmark.MODEL_PARAMETERS);
        List<TargetCheck> checks = checks(calls, planned);
        System.out.println();
        System.out.printf(Locale.ROOT, "Engines: reverse '%s', forward '%s', interpreted reverse '%s'; times in µs.%n",
                engine(results, "reverseEngine"), engine(results, "forwardEngine"),
                engine(results, "interpretedEngine"));
        if (quick) {
            System.out.println("--quick: few, short iterations; the figures are indicative only.");
        }
        System.out.println();
        System.out.println("| target | model | figures (µs) | value | limit | verdict |");
        System.out.println("|---|---|---|---|---|---|");
        checks.forEach(check -> System.out.println(check.row()));
        System.out.printf(Locale.ROOT, "%nB/call is JMH's gc.alloc.rate.norm, which counts every thread of the fork: "
                + "the lowest allocation rate of this run, %.3f MB/s, is JMH's own and adds about %.3f B to each µs "
                + "of a call.%n", backgroundRate(results), backgroundRate(results) * BYTES_PER_MICROSECOND_PER_MB_PER_S);
        printSpeedOfLight(calls, planned);
        long met = count(checks, TargetCheck.Verdict.MET);
        long missed = count(checks, TargetCheck.Verdict.MISSED);
        long unchecked = count(checks, TargetCheck.Verdict.NO_BASELINE);
        System.out.printf(Locale.ROOT, "%nCompiled engine targets: %d met, %d MISSED, %d without a hand-written "
                + "baseline: %s%n", met, missed, unchecked, missed == 0 ? "all met" : "NOT all met");
        return missed == 0;
    }

    /** Every target on every planned model, in the order of the table. */
    static List<TargetCheck> checks(MeasuredCalls calls, PlannedModels planned) {
        List<TargetCheck> checks = new ArrayList<>();
        List<String> reverseTargetModels = planned.reverse().stream()
                .filter(m -> !ModelParam.parse(m).family().equals(MLP_WIDTH)).toList();
        for (String model : reverseTargetModels) {
            checks.add(againstHand(calls, planned, "compiled reverse derivative / hand derivative", model,
                    "reverseDerivative", "handDerivative", MAX_REVERSE_OVER_HAND));
        }
        for (String model : reverseTargetModels) {
            checks.add(againstHand(calls, planned, "compiled reverse primal / hand primal", model,
                    "reverseValue", "handValue", MAX_REVERSE_PRIMAL_OVER_HAND));
        }
        for (String model : planned.jvp()) {
            checks.add(jvp(calls, planned, model));
        }
        for (String model : planned.mlp()) {
            checks.add(fasterReverse(calls, "faster reverse gradient / hand gradient", model,
                    "reverseDerivative", "interpretedReverseGradient", "handDerivative", MAX_MLP_REVERSE_OVER_HAND));
        }
        for (String model : planned.mlp()) {
            checks.add(fasterReverse(calls, "faster reverse primal / hand primal", model,
                    "reverseValue", "interpretedReverseValue", "handValue", MAX_MLP_PRIMAL_OVER_HAND));
        }
        for (String model : planned.reverse()) {
            checks.add(TargetCheck.allocation("compiled reverse derivative, B/call", model,
                    allocated(calls, "reverseDerivative", model), MAX_ALLOC_BYTES));
        }
        for (String model : planned.jvp()) {
            checks.add(TargetCheck.allocation("compiled forward JVP, B/call", model,
                    allocated(calls, "forwardJvp", model), MAX_ALLOC_BYTES));
        }
        return checks;
    }

    /**
     * The JVP against its hand-written speed of light, where the family has one: not a target, the
     * measure of whether the JVP target's limit can be reached by any code on this machine.
     */
    private static void printSpeedOfLight(MeasuredCalls calls, PlannedModels planned) {
        if (planned.handJvp().isEmpty()) {
            return;
        }
        System.out.printf(Locale.ROOT, "%nOne JVP written by hand (the speed of light of the JVP target; not a target "
                + "itself), times in µs:%n%n");
        System.out.println("| model | hand primal | hand JVP | hand JVP / hand primal | compiled JVP | compiled JVP / hand JVP |");
        System.out.println("|---|---|---|---|---|---|");
        for (String model : planned.handJvp()) {
            System.out.println(JvpSpeedOfLight.of(calls, model).row());
        }
    }

    private static TargetCheck againstHand(MeasuredCalls calls, PlannedModels planned, String target, String model,
            String method, String handMethod, double limit) {
        boolean hasHand = planned.hand().contains(model);
        Optional<MeasuredCall> engine = calls.find(method, model);
        Optional<MeasuredCall> hand = calls.find(handMethod, model);
        String figures = hasHand
                ? "engine " + time(engine) + " vs hand " + time(hand)
                : "engine " + time(engine) + "; the family has no hand-written derivative";
        return TargetCheck.ratio(target, model, score(engine), score(hand), limit, hasHand, figures);
    }

    private static TargetCheck jvp(MeasuredCalls calls, PlannedModels planned, String model) {
        Optional<MeasuredCall> jvp = calls.find("forwardJvp", model);
        Optional<MeasuredCall> primal = calls.find("jvpPrimal", model);
        String primalSource = planned.withHandPrimal().contains(model) ? "hand primal" : "engine's own value";
        return TargetCheck.ratio("compiled forward JVP / primal", model, score(jvp), score(primal),
                MAX_JVP_OVER_PRIMAL, true, "JVP " + time(jvp) + " vs " + primalSource + " " + time(primal));
    }

    /** The faster of the compiled and the interpreted engine's call against the hand-written one. */
    private static TargetCheck fasterReverse(MeasuredCalls calls, String target, String model, String compiledMethod,
            String interpretedMethod, String handMethod, double limit) {
        Optional<MeasuredCall> compiled = calls.find(compiledMethod, model);
        Optional<MeasuredCall> interpreted = calls.find(interpretedMethod, model);
        Optional<MeasuredCall> hand = calls.find(handMethod, model);
        boolean compiledFaster = compiled.isPresent()
                && (interpreted.isEmpty() || score(compiled) <= score(interpreted));
        double faster = compiledFaster ? score(compiled) : score(interpreted);
        String figures = "compiled " + time(compiled) + ", interpreted " + time(interpreted) + " (faster: "
                + (compiledFaster ? "compiled" : "interpreted") + ") vs hand " + time(hand);
        return TargetCheck.ratio(target, model, faster, score(hand), limit, true, figures);
    }

    private static double allocated(MeasuredCalls calls, String method, String model) {
        return calls.find(method, model).map(MeasuredCall::allocatedBytes).orElse(Double.NaN);
    }

    private static long count(List<TargetCheck> checks, TargetCheck.Verdict verdict) {
        return checks.stream().filter(c -> c.verdict() == verdict).count();
    }

    /** The lowest gc.alloc.rate of the run in MB/s: what the fork allocates when the benchmarked call allocates nothing. */
    private static double backgroundRate(Collection<RunResult> results) {
        return results.stream().mapToDouble(r -> JmhScores.secondary(r, "gc.alloc.rate")).filter(rate -> !Double.isNaN(rate))
                .min().orElse(Double.NaN);
    }

    /** The engine id a run measured under {@code parameter}, or "not run". */
    private static String engine(Collection<RunResult> results, String parameter) {
        return results.stream().map(r -> r.getParams().getParam(parameter)).filter(id -> id != null)
                .findFirst().orElse("not run");
    }
}
