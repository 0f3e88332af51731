package org.autodiffbench.reports.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.autodiffbench.reports.analysis.Family;
import org.autodiffbench.reports.analysis.Measure;
import org.autodiffbench.reports.analysis.XQuantity;
import org.autodiffbench.reports.results.CellResult;

/**
 * Fits every series of a family to a power law and sets it beside theory. The number of sweeps
 * each cell made (read from the results, not assumed) turns the primal's exponent into the
 * prediction; without sweeps, the {@code forward} engine is taken to sweep once per parameter
 * and any other engine once.
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
        double paramsSlope = family.xQuantity() == XQuantity.PARAMS ? 1 : paramsSlope(family);
        List<ScalingFit> fits = new ArrayList<>();
        for (String series : family.seriesNames()) {
            Optional<PowerLawFit> fit = PowerLawFit.of(family.points(series, Measure.TIME));
            if (fit.isEmpty()) {
                continue;
            }
            List<CellResult> cells = family.okCells(series);
            double sweepsSlope = slope(family, cells, "sweeps")
                    .orElseGet(() -> isForward(cells) ? paramsSlope : 0);
            double theorySlope = primal.map(p -> p.slope() + sweepsSlope).orElse(Double.NaN);
            String theory = primal.isEmpty() ? "no primal baseline" : words(sweepsSlope, family.xQuantity());
            double workSlope = slope(family, cells, "flops").orElse(Double.NaN);
            fits.add(new ScalingFit(family.key(), family.xQuantity(), series, fit.get(), theorySlope, theory,
                    workSlope));
        }
        return fits;
    }

    private static boolean isForward(List<CellResult> cells) {
        return !cells.isEmpty() && "forward".equals(cells.get(0).engine());
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

    /** How the parameter count grows with the size, for families charted against their size. */
    private static double paramsSlope(Family family) {
        return PowerLawFit.of(family.cells().stream().mapToDouble(CellResult::size).toArray(),
                family.cells().stream().mapToDouble(CellResult::params).toArray())
                .map(PowerLawFit::slope).orElse(0.0);
    }

    private static Optional<Double> slope(Family family, List<CellResult> cells, String statistic) {
        double[] x = cells.stream().mapToDouble(family::x).toArray();
        double[] y = cells.stream().mapToDouble(c -> {
            Long value = "sweeps".equals(statistic) ? c.sweeps() : c.flops();
            return value == null ? Double.NaN : value;
        }).toArray();
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
