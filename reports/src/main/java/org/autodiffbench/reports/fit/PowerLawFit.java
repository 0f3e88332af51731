package org.autodiffbench.reports.fit;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.autodiffbench.reports.analysis.Point;

/**
 * A power law y = c·x^slope fitted by least squares to log10(y) against log10(x).
 *
 * @param slope the fitted exponent
 * @param slopeHalfWidth half the width of the slope's 95% confidence interval (Student t with
 *     n − 2 degrees of freedom); NaN with fewer than three points
 * @param intercept log10(c)
 */
public record PowerLawFit(int points, double slope, double slopeHalfWidth, double intercept, double rSquared) {

    /** Fits points with positive coordinates; empty unless there are two distinct x values. */
    public static Optional<PowerLawFit> of(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + x.length + " and " + y.length);
        }
        SimpleRegression regression = new SimpleRegression();
        double firstX = Double.NaN;
        boolean distinct = false;
        for (int i = 0; i < x.length; i++) {
            if (x[i] > 0 && y[i] > 0 && Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                double lx = Math.log10(x[i]);
                if (Double.isNaN(firstX)) {
                    firstX = lx;
                } else if (lx != firstX) {
                    distinct = true;
                }
                regression.addData(lx, Math.log10(y[i]));
            }
        }
        if (!distinct) {
            return Optional.empty();
        }
        int n = (int) regression.getN();
        double halfWidth = n < 3 ? Double.NaN : regression.getSlopeConfidenceInterval();
        return Optional.of(new PowerLawFit(n, regression.getSlope(), halfWidth, regression.getIntercept(),
                n < 3 ? 1.0 : regression.getRSquare()));
    }

    /** Fits charted points. */
    public static Optional<PowerLawFit> of(List<Point> points) {
        return of(points.stream().mapToDouble(Point::x).toArray(), points.stream().mapToDouble(Point::y).toArray());
    }

    /** Fits the ratio {@code numerator ÷ denominator} at the x values both have. */
    public static Optional<PowerLawFit> ofRatio(List<Point> numerator, List<Point> denominator) {
        Map<Double, Double> below = new HashMap<>();
        denominator.forEach(p -> below.put(p.x(), p.y()));
        List<Point> common = numerator.stream().filter(p -> below.containsKey(p.x())).toList();
        return of(common.stream().mapToDouble(Point::x).toArray(),
                common.stream().mapToDouble(p -> p.y() / below.get(p.x())).toArray());
    }

    /** The fitted y at x. */
    public double predict(double x) {
        return Math.pow(10, intercept + slope * Math.log10(x));
    }

    /**
     * Why the slope says nothing, e.g. {@code its slope -0.28 ± 2.18: the interval is wider than the
     * slope}: its 95% interval is at least as wide as the slope itself, so not even its sign is
     * known. Empty when the slope stands, or has no interval to judge it by.
     */
    public Optional<String> noise() {
        if (!(Double.isFinite(slopeHalfWidth) && slopeHalfWidth >= Math.abs(slope))) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "its slope %.2f ± %.2f: the interval is wider than the slope",
                slope, slopeHalfWidth));
    }

    /** Does the slope's 95% confidence interval contain {@code exponent}? False without an interval. */
    public boolean slopeIntervalContains(double exponent) {
        return Double.isFinite(slopeHalfWidth) && Math.abs(slope - exponent) <= slopeHalfWidth;
    }
}
