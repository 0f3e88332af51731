package org.autodiffbench.harness.run;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A power law t = a·Pᵇ fitted by least squares to log(time) against log(parameters) over the
 * largest earlier sizes of a series, where the cost's leading term shows best, to predict the
 * time of a larger size before running it.
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

    /** The predicted time of one call at {@code params}; empty with fewer than two distinct parameter counts. */
    static Optional<Prediction> predict(List<Point> earlier, long params) {
        List<Point> largest = earlier.stream()
                .filter(p -> p.params() > 0 && p.seconds() > 0)
                .sorted(Comparator.comparingLong(Point::params))
                .toList();
        largest = largest.subList(Math.max(0, largest.size() - POINTS), largest.size());
        if (largest.size() < 2 || largest.get(0).params() == largest.get(largest.size() - 1).params()) {
            return Optional.empty();
        }
        double meanX = 0;
        double meanY = 0;
        for (Point p : largest) {
            meanX += Math.log(p.params());
            meanY += Math.log(p.seconds());
        }
        meanX /= largest.size();
        meanY /= largest.size();
        double sxy = 0;
        double sxx = 0;
        for (Point p : largest) {
            double dx = Math.log(p.params()) - meanX;
            sxy += dx * (Math.log(p.seconds()) - meanY);
            sxx += dx * dx;
        }
        double slope = sxy / sxx;
        return Optional.of(new Prediction(Math.exp(meanY + slope * (Math.log(params) - meanX)),
                largest.stream().map(Point::size).toList()));
    }
}
