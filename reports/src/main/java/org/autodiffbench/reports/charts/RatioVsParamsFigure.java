package org.autodiffbench.reports.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.autodiffbench.api.Operator;
import org.autodiffbench.reports.analysis.Family;
import org.autodiffbench.reports.analysis.Measure;
import org.autodiffbench.reports.analysis.Point;
import org.autodiffbench.reports.analysis.Quantities;
import org.autodiffbench.reports.analysis.XQuantity;
import org.autodiffbench.reports.fit.PowerLawFit;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/**
 * The cost of a derivative in units of the function: time ÷ primal time against the parameter
 * count, log–log, with the cheap-gradient band (3–4 primals, Griewank and Walther) shaded
 * for gradients.
 */
public final class RatioVsParamsFigure {

    public static final int WIDTH = 1000;
    public static final int HEIGHT = 640;
    /** The cheap-gradient principle: a reverse-mode gradient costs about 3 to 4 primals. */
    public static final double CHEAP_GRADIENT_LOW = 3;
    public static final double CHEAP_GRADIENT_HIGH = 4;

    private static final Color BAND = new Color(0x009E73);

    private RatioVsParamsFigure() {
    }

    /** The figure of one family, written as {@code fileBase}.png/.svg. */
    public static Figure of(Family family, SeriesStyles styles, String fileBase) {
        XQuantity x = family.xQuantity();
        String operator = family.key().operator().label();
        LogLogPlot builder = new LogLogPlot(family.xAxisLabel(), DisplayUnit.none(), operator + " time ÷ primal time",
                DisplayUnit.none());
        List<String> laws = new ArrayList<>();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (String series : family.seriesNames()) {
            List<Point> points = family.points(series, Measure.RATIO_TO_PRIMAL);
            if (points.isEmpty()) {
                continue;
            }
            builder.measured(series, points, styles.colour(series), styles.shape(series), styles.stroke(series), true);
            double low = points.stream().mapToDouble(Point::y).min().orElseThrow();
            double high = points.stream().mapToDouble(Point::y).max().orElseThrow();
            min = Math.min(min, low);
            max = Math.max(max, high);
            boolean flagged = family.cells().stream().anyMatch(c -> c.series().equals(series) && c.flagged());
            Optional<PowerLawFit> fit = PowerLawFit.of(points)
                    .filter(f -> !flagged && Double.isFinite(f.slopeHalfWidth()) && f.noise().isEmpty());
            laws.add(series + " costs " + range(low, high) + " primals"
                    + fit.map(f -> " (∝ " + Quantities.power(x.symbol(), f.slope(), f.slopeHalfWidth()) + ")")
                            .orElse(flagged ? " (no trend stated: it rests on cells flagged unreliable)" : ""));
        }
        List<Point> hand = family.handRatios();
        if (!hand.isEmpty()) {
            builder.reference("hand-written " + operator, hand, SeriesStyles.GREY, true);
            laws.add("the hand-written " + operator + " costs " + range(
                    hand.stream().mapToDouble(Point::y).min().orElseThrow(),
                    hand.stream().mapToDouble(Point::y).max().orElseThrow()) + " primals");
        }
        XYPlot plot = builder.plot();
        boolean gradient = family.key().operator() == Operator.GRADIENT;
        if (gradient) {
            markCheapGradientBand(plot);
        }
        ValueMarker one = new ValueMarker(1, Color.BLACK, SeriesStyles.dashed());
        ChartLook.label(one, "= primal", RectangleAnchor.TOP_RIGHT, TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(one, Layer.BACKGROUND);
        if (Double.isFinite(min)) {
            LogAxes.cover((LogAxis) plot.getRangeAxis(), Math.min(min, 1),
                    gradient ? Math.max(max, CHEAP_GRADIENT_HIGH) : Math.max(max, 1));
        }
        String title = operator.substring(0, 1).toUpperCase(Locale.ROOT) + operator.substring(1)
                + " cost in primals vs " + family.xAxisLabel() + " — " + family.key().label();
        String subtitle = "log–log · time ÷ primal time at the same size · bars: fastest to slowest JMH iteration"
                + (gradient ? " · shaded: cheap-gradient band (3–4 primals)" : "");
        String reading = laws.isEmpty() ? "No cell has both a timing and a primal to divide it by."
                : "Over the sizes measured, " + String.join("; ", laws) + "." + (gradient ? " " + bandReading(family)
                        : "");
        List<String> notes = new ArrayList<>(OmissionNotes.absences(family.absences(Measure.RATIO_TO_PRIMAL), x));
        notes.addAll(OmissionNotes.notOk(family));
        return new Figure(fileBase, title, ChartLook.chart(title, subtitle, plot), WIDTH, HEIGHT, reading, notes,
                null);
    }

    private static void markCheapGradientBand(XYPlot plot) {
        IntervalMarker band = new IntervalMarker(CHEAP_GRADIENT_LOW, CHEAP_GRADIENT_HIGH);
        band.setPaint(new Color(BAND.getRed(), BAND.getGreen(), BAND.getBlue(), 50));
        ChartLook.label(band, "cheap-gradient band 3–4", RectangleAnchor.LEFT, TextAnchor.CENTER_LEFT);
        plot.addRangeMarker(band, Layer.BACKGROUND);
    }

    /** Which series stay at or below the cheap-gradient band's upper end at every size. */
    private static String bandReading(Family family) {
        List<String> within = new ArrayList<>();
        for (String series : family.seriesNames()) {
            List<Point> points = family.points(series, Measure.RATIO_TO_PRIMAL);
            if (!points.isEmpty() && points.stream().allMatch(p -> p.y() <= CHEAP_GRADIENT_HIGH)) {
                within.add(series);
            }
        }
        return within.isEmpty() ? "No series stays within the cheap-gradient bound of 4 primals at every size."
                : "Within the cheap-gradient bound (≤ 4 primals) at every size: " + String.join(", ", within) + ".";
    }

    private static String range(double low, double high) {
        String a = Quantities.threeDigits(low);
        String b = Quantities.threeDigits(high);
        return a.equals(b) ? a : a + " to " + b;
    }
}
