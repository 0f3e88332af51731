package org.autodiffbench.reports.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.autodiffbench.results.Environment;

/**
 * Run against run: for every measurement both runs have, the ratio of median times new ÷ old
 * and a two-sided Mann–Whitney U test on the JMH iteration samples. A slow-down is a
 * regression when the ratio exceeds 1 + threshold and p &lt; {@value #ALPHA}; a speed-up is an
 * improvement when the ratio is below 1 / (1 + threshold) (the same factor the other way) and
 * p &lt; {@value #ALPHA}. A cell that was ok and no longer is counts as broken, one that was ok
 * and has no result in the new run as missing. Any of these fails a CI check, and so does a new
 * run that finished fewer cells than its campaign planned: a partial run cannot pass for a whole one.
 */
public final class Comparison {

    /** The significance level of the test. */
    public static final double ALPHA = 0.05;
    /** The default threshold: a 10% slow-down. */
    public static final double DEFAULT_THRESHOLD = 0.10;

    private final RunMeasurements oldRun;
    private final RunMeasurements newRun;
    private final double threshold;
    private final List<CellComparison> rows;
    private final List<String> notes;

    private Comparison(RunMeasurements oldRun, RunMeasurements newRun, double threshold, List<CellComparison> rows,
                       List<String> notes) {
        this.oldRun = oldRun;
        this.newRun = newRun;
        this.threshold = threshold;
        this.rows = List.copyOf(rows);
        this.notes = List.copyOf(notes);
    }

    /**
     * Compares two runs.
     *
     * @throws IllegalArgumentException for a negative or non-finite threshold, or when no
     *     measurement of one run matches one of the other
     */
    public static Comparison of(RunMeasurements oldRun, RunMeasurements newRun, double threshold) {
        if (!Double.isFinite(threshold) || threshold < 0) {
            throw new IllegalArgumentException("--threshold must be a fraction of 0 or more, e.g. 0.1 for 10%;"
                    + " got " + threshold);
        }
        if (oldRun.byKey().keySet().stream().noneMatch(newRun.byKey()::containsKey)) {
            throw new IllegalArgumentException("nothing in OLD (" + oldRun.description() + ") matches anything in NEW ("
                    + newRun.description() + ")" + (oldRun.jmh() != newRun.jmh()
                            ? ": results cells are keyed by cell id and JMH benchmarks by name and parameters;"
                                    + " compare two results directories or two JMH files"
                            : "; compare runs of the same campaign or benchmarks"));
        }
        MannWhitneyUTest test = new MannWhitneyUTest();
        List<CellComparison> rows = new ArrayList<>();
        oldRun.byKey().forEach((key, old) -> rows.add(compare(key, old, newRun.byKey().get(key), threshold, test)));
        newRun.byKey().forEach((key, neu) -> {
            if (!oldRun.byKey().containsKey(key)) {
                rows.add(new CellComparison(key, null, neu, null, null, Verdict.ONLY_IN_NEW, "not in the old run"));
            }
        });
        List<String> notes = new ArrayList<>(environmentNotes(oldRun.environment(), newRun.environment()));
        machineNotes(notes, "OLD", oldRun);
        machineNotes(notes, "NEW", newRun);
        return new Comparison(oldRun, newRun, threshold, rows, notes);
    }

    private static CellComparison compare(String key, Measurement old, Measurement neu, double threshold,
                                          MannWhitneyUTest test) {
        if (neu == null) {
            return old.ok() ? new CellComparison(key, old, null, null, null, Verdict.MISSING,
                    "ok in the old run, no result in the new run")
                    : new CellComparison(key, old, null, null, null, Verdict.ONLY_IN_OLD, "not in the new run");
        }
        if (old.ok() && !neu.ok()) {
            return new CellComparison(key, old, neu, null, null, Verdict.BROKEN, "ok → " + neu.outcome()
                    + (neu.reason() == null ? "" : ": " + neu.reason()));
        }
        if (!old.ok() && neu.ok()) {
            return new CellComparison(key, old, neu, null, null, Verdict.FIXED, old.outcome() + " → ok");
        }
        if (!old.ok()) {
            return new CellComparison(key, old, neu, null, null, Verdict.NOT_COMPARED,
                    old.outcome().equals(neu.outcome()) ? "still " + neu.outcome()
                            : old.outcome() + " → " + neu.outcome());
        }
        if (old.medianNs() == null || neu.medianNs() == null) {
            return new CellComparison(key, old, neu, null, null, Verdict.NOT_COMPARED,
                    "no usable median time in the " + (old.medianNs() == null ? "old" : "new") + " run");
        }
        double ratio = neu.medianNs() / old.medianNs();
        if (old.samplesNs().size() < 2 || neu.samplesNs().size() < 2) {
            return new CellComparison(key, old, neu, ratio, null, Verdict.UNTESTED,
                    "fewer than 2 samples (old " + old.samplesNs().size() + ", new " + neu.samplesNs().size() + ")");
        }
        double p = test.mannWhitneyUTest(toArray(old.samplesNs()), toArray(neu.samplesNs()));
        boolean significant = p < ALPHA;
        if (significant && ratio > 1 + threshold) {
            return new CellComparison(key, old, neu, ratio, p, Verdict.REGRESSION, "slower");
        }
        if (significant && ratio < 1 / (1 + threshold)) {
            return new CellComparison(key, old, neu, ratio, p, Verdict.IMPROVEMENT, "faster");
        }
        String why = !significant ? "not significant" : "within the threshold";
        return new CellComparison(key, old, neu, ratio, p, Verdict.NO_CHANGE, why);
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Notes when the two runs ran on different machines or JVMs: their times may not compare. */
    private static List<String> environmentNotes(Environment a, Environment b) {
        List<String> notes = new ArrayList<>();
        if (a == null || b == null) {
            return notes;
        }
        differ(notes, "CPU", a.cpu(), b.cpu());
        differ(notes, "cores", Integer.toString(a.cores()), Integer.toString(b.cores()));
        differ(notes, "JVM", a.jvmName() + " " + a.jvmVersion(), b.jvmName() + " " + b.jvmVersion());
        differ(notes, "OS", a.os(), b.os());
        if (a.kernels() != null && b.kernels() != null) {
            differ(notes, "dense kernels", a.kernels(), b.kernels());
        }
        return notes;
    }

    /** A merge of shards measured on several machines: its cells' times may not compare with one another. */
    private static void machineNotes(List<String> notes, String which, RunMeasurements run) {
        if (run.machines().size() > 1) {
            notes.add(which + " was measured on " + run.machines().size() + " machines (" + String.join(", ",
                    run.machines()) + "); times measured on different machines may not be comparable");
        }
    }

    private static void differ(List<String> notes, String what, String a, String b) {
        if (!Objects.equals(a, b)) {
            notes.add("the runs differ in " + what + ": '" + a + "' and '" + b + "'; times may not be comparable");
        }
    }

    public RunMeasurements oldRun() {
        return oldRun;
    }

    public RunMeasurements newRun() {
        return newRun;
    }

    public double threshold() {
        return threshold;
    }

    /** Every measurement, the old run's in order, then those only the new run has. */
    public List<CellComparison> rows() {
        return rows;
    }

    /** The rows with failing verdicts first, then improvements, then the rest, each in run order. */
    public List<CellComparison> rowsByVerdict() {
        return rows.stream().sorted(Comparator.comparingInt(r -> r.verdict().ordinal())).toList();
    }

    public List<String> notes() {
        return notes;
    }

    /** How many rows have each verdict, every verdict listed. */
    public Map<Verdict, Integer> counts() {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            counts.put(v, 0);
        }
        rows.forEach(r -> counts.merge(r.verdict(), 1, Integer::sum));
        return counts;
    }

    /**
     * Does the comparison fail a CI check: a significant regression, a broken or missing cell, or
     * an incomplete new run?
     */
    public boolean fails() {
        return !failures().isEmpty();
    }

    /**
     * Why the check fails, one phrase per reason, e.g. {@code 2 significant regressions} or
     * {@code NEW is incomplete (3 of 20 planned cells)}; empty when it passes.
     */
    public List<String> failures() {
        List<String> reasons = new ArrayList<>();
        Map<Verdict, Integer> counts = counts();
        for (Verdict v : Verdict.values()) {
            int n = counts.get(v);
            if (v.failing() && n > 0) {
                reasons.add(n + " " + (v == Verdict.REGRESSION ? "significant regression" : v.label() + " cell")
                        + (n == 1 ? "" : "s"));
            }
        }
        if (newRun.incomplete()) {
            reasons.add("NEW is incomplete (" + newRun.cells() + " of " + newRun.plannedCells()
                    + " planned cells): finish it with 'autodiffbench run CAMPAIGN --resume DIR' before comparing");
        }
        return reasons;
    }

    /** The thresholds in words, e.g. {@code ratio > 1.10 or < 0.909, p < 0.05}. */
    public String criterion() {
        return String.format(Locale.ROOT, "ratio > %.2f (regression) or < %.3f (improvement), Mann–Whitney U p < %.2f",
                1 + threshold, 1 / (1 + threshold), ALPHA);
    }
}
