package org.autodiffbench.reports.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.EngineMode;
import org.autodiffbench.reports.analysis.Family;
import org.autodiffbench.reports.analysis.Measure;
import org.autodiffbench.reports.analysis.XQuantity;
import org.autodiffbench.results.CellResult;
import org.autodiffbench.results.Problem;

/**
 * Fits every series of a family to a power law and sets it beside theory. A derivative that
 * needs k sweeps, each a constant times the primal, costs k × primal, so its exponent is the
 * primal's plus that of k. What k is comes from the mode the engine declared and the counts the
 * results recorded, never from the engine's id:
 * <ul>
 * <li>forward and numeric modes push one direction per input: k = n;</li>
 * <li>reverse mode one adjoint per output: k = m (1 for a gradient);</li>
 * <li>checkpointed reverse mode as reverse, times the recomputation it recorded: k = m × stage
 *     evaluations ÷ stages;</li>
 * <li>an engine that declares no mode is held to the sweeps it recorded, if any.</li>
 * </ul>
 * A fit notes the cells it rests on that were flagged unreliable ({@link ScalingFit#tooNoisy}).
 */
public final class ScalingAnalysis {

    /** Exponents closer than this to 0 or 1 are named as such in the theory text. */
    private static final double NAMED = 0.05;

    private ScalingAnalysis() {
    }

    /** The primal's power law, from the family's baselines. */
    public static Optional<PowerLawFit> primal(Family family) {
        return PowerLawFit.of(family.primalTimes());
    }

    /** One fit per series with at least two sizes measured, in series order. */
    public static List<ScalingFit> of(Family family) {
        Optional<PowerLawFit> primal = primal(family);
        List<ScalingFit> fits = new ArrayList<>();
        for (String series : family.seriesNames()) {
            Optional<PowerLawFit> fit = PowerLawFit.of(family.points(series, Measure.TIME));
            if (fit.isEmpty()) {
                continue;
            }
            List<CellResult> cells = family.okCells(series);
            Optional<Double> sweepsSlope = slope(family, cells, ScalingAnalysis::sweepsNeeded);
            double theorySlope = primal.isPresent() && sweepsSlope.isPresent()
                    ? primal.get().slope() + sweepsSlope.get() : Double.NaN;
            String theory = primal.isEmpty() ? "no primal baseline"
                    : sweepsSlope.isEmpty() ? "none: the engine declares no mode and records no sweeps"
                    : words(sweepsSlope.get(), family.xQuantity());
            double workSlope = slope(family, cells, c -> c.statistics() == null ? Double.NaN
                    : c.statistics().flops()).orElse(Double.NaN);
            List<String> unreliable = cells.stream().filter(c -> c.flagged() && Measure.TIME.absence(c) == null)
                    .map(c -> "size " + c.spec().model().size() + " (" + c.unreliableReasons() + ")")
                    .toList();
            fits.add(new ScalingFit(family.key(), family.xQuantity(), series, fit.get(), theorySlope, theory,
                    workSlope, unreliable));
        }
        return fits;
    }

    /**
     * The sweeps a cell's derivative needs by its engine's declared mode and its recorded counts;
     * NaN when neither says.
     */
    static double sweepsNeeded(CellResult cell) {
        Problem problem = cell.problem();
        CallStatistics statistics = cell.statistics();
        EngineMode mode = cell.mode();
        if (problem == null) {
            return Double.NaN;
        }
        double outputs = problem.outputs() == null ? Double.NaN : problem.outputs();
        return switch (mode) {
            case FORWARD, NUMERIC -> problem.parameters();
            case REVERSE -> outputs;
            case CHECKPOINTED_REVERSE -> statistics == null || problem.stages() == null ? outputs
                    : outputs * statistics.stageEvaluations() / problem.stages();
            case OTHER -> statistics == null || statistics.sweeps() == 0 ? Double.NaN : statistics.sweeps();
        };
    }

    private static String words(double sweepsSlope, XQuantity x) {
        if (Math.abs(sweepsSlope) < NAMED) {
            return "constant × primal";
        }
        if (Math.abs(sweepsSlope - 1) < NAMED) {
            return x.symbol() + " × primal";
        }
        return String.format(Locale.ROOT, "%s^%.2f × primal", x.symbol(), sweepsSlope);
    }

    /** How a per-cell count grows with the family's x; empty unless two sizes have it. */
    private static Optional<Double> slope(Family family, List<CellResult> cells, ToDoubleFunction<CellResult> count) {
        double[] x = cells.stream().mapToDouble(family::x).toArray();
        double[] y = cells.stream().mapToDouble(count).toArray();
        return PowerLawFit.of(x, y).map(PowerLawFit::slope);
    }

    /** The fit of a series' time, if it has one. */
    public static Optional<ScalingFit> find(List<ScalingFit> fits, String series) {
        return fits.stream().filter(f -> f.series().equals(series)).findFirst();
    }

    /** The series with the steepest and the flattest fitted time, when their slopes differ by more than {@code gap}. */
    public static Optional<List<ScalingFit>> steepestAndFlattest(List<ScalingFit> fits, double gap) {
        if (fits.size() < 2) {
            return Optional.empty();
        }
        ScalingFit steepest = fits.get(0);
        ScalingFit flattest = fits.get(0);
        for (ScalingFit fit : fits) {
            if (fit.fit().slope() > steepest.fit().slope()) {
                steepest = fit;
            }
            if (fit.fit().slope() < flattest.fit().slope()) {
                flattest = fit;
            }
        }
        return steepest.fit().slope() - flattest.fit().slope() > gap ? Optional.of(List.of(steepest, flattest))
                : Optional.empty();
    }
}
