package org.autodiffbench.reports.fit;

import java.util.List;
import java.util.Optional;
import org.autodiffbench.reports.analysis.Point;

/**
 * Where one method's time equals another's: given the ratio of their times at several x, the x at
 * which the fitted power law of the ratio crosses 1.
 *
 * @param x where the fitted ratio is 1
 * @param trend the power law fitted to the ratio
 * @param bracketed whether measured ratios lie on both sides of 1
 * @param withinGrid whether {@code x} lies between the smallest and largest x measured
 */
public record Crossover(double x, PowerLawFit trend, boolean bracketed, boolean withinGrid) {

    /** The crossover of measured ratios, or empty when they have no trend to cross 1 with. */
    public static Optional<Crossover> of(List<Point> ratios) {
        Optional<PowerLawFit> fit = PowerLawFit.of(ratios);
        if (fit.isEmpty() || fit.get().slope() == 0 || !Double.isFinite(fit.get().slope())) {
            return Optional.empty();
        }
        PowerLawFit trend = fit.get();
        double x = Math.pow(10, -trend.intercept() / trend.slope());
        boolean below = ratios.stream().anyMatch(p -> p.y() < 1);
        boolean above = ratios.stream().anyMatch(p -> p.y() > 1);
        double min = ratios.stream().mapToDouble(Point::x).min().orElseThrow();
        double max = ratios.stream().mapToDouble(Point::x).max().orElseThrow();
        return Optional.of(new Crossover(x, trend, below && above, x >= min && x <= max));
    }
}
