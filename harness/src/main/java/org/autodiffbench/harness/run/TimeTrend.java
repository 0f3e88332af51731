package org.autodiffbench.harness.run;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * A power law t = a·Pᵇ fitted by least squares to log(time) against log(parameters) over the
 * largest earlier sizes of a series, where the cost's leading term shows best, to predict the
 * time of a larger size before running it. Where the size leaves the parameter count unchanged
 * (the points of a least-squares fit, the steps of an ODE, the characters of a sequence), the
 * law is fitted against the size instead, as the report charts such a family.
 */
final class TimeTrend {

    /** How many of the largest earlier sizes the fit uses. */
    static final int POINTS = 3;

    private TimeTrend() {
    }

    /** One earlier size: the size, its parameter count and the time of one call. */
    record Point(int size, long params, double seconds) {
    }

    /** A predicted time of one call, and the sizes it was fitted to. */
    record Prediction(double seconds, List<Integer> sizes) {
    }

    /**
     * The predicted time of one call at {@code size} with {@code params} parameters; empty with fewer
     * than two distinct x values, x being the parameter count, or the size where every earlier point
     * and this one have the same parameter count.
     */
    static Optional<Prediction> predict(List<Point> earlier, int size, long params) {
        boolean bySize = earlier.stream().allMatch(p -> p.params() == params);
        ToDoubleFunction<Point> x = bySize ? Point::size : Point::params;
        List<Point> largest = earlier.stream()
                .filter(p -> x.applyAsDouble(p) > 0 && p.seconds() > 0)
                .sorted(Comparator.comparingDouble(x))
                .toList();
        largest = largest.subList(Math.max(0, largest.size() - POINTS), largest.size());
        if (largest.size() < 2 || x.applyAsDouble(largest.get(0)) == x.applyAsDouble(largest.get(largest.size() - 1))) {
            return Optional.empty();
        }
        double meanX = 0;
        double meanY = 0;
        for (Point p : largest) {
            meanX += Math.log(x.applyAsDouble(p));
            meanY += Math.log(p.seconds());
        }
        meanX /= largest.size();
        meanY /= largest.size();
        double sxy = 0;
        double sxx = 0;
        for (Point p : largest) {
            double dx = Math.log(x.applyAsDouble(p)) - meanX;
            sxy += dx * (Math.log(p.seconds()) - meanY);
            sxx += dx * dx;
        }
        double slope = sxy / sxx;
        return Optional.of(new Prediction(Math.exp(meanY + slope * (Math.log(bySize ? size : params) - meanX)),
                largest.stream().map(Point::size).toList()));
    }
}
