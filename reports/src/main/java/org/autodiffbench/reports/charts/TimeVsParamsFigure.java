package org.autodiffbench.reports.charts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.autodiffbench.reports.analysis.Family;
import org.autodiffbench.reports.analysis.Measure;
import org.autodiffbench.reports.analysis.Point;
import org.autodiffbench.reports.analysis.Quantities;
import org.autodiffbench.reports.analysis.XQuantity;
import org.autodiffbench.reports.fit.PowerLawFit;
import org.autodiffbench.reports.fit.ScalingAnalysis;
import org.autodiffbench.reports.fit.ScalingFit;

/**
 * Time per derivative against the parameter count, log–log, one series per engine
 * configuration with its spread, the primal, the hand-written derivative and its named twins
 * (e.g. hand-scalar) as references, and
 * each series' fitted power law as a dashed line, unless it is too noisy to tell.
 */
public final class TimeVsParamsFigure {

    public static final int WIDTH = 1000;
    public static final int HEIGHT = 640;
    /** Slopes closer than this are not worth a sentence about their ratio. */
    private static final double DISTINCT_SLOPES = 0.25;

    private TimeVsParamsFigure() {
    }

    /** The figure of one family, written as {@code fileBase}.png/.svg. */
    public static Figure of(Family family, SeriesStyles styles, List<ScalingFit> fits, String fileBase) {
        XQuantity x = family.xQuantity();
        List<Point> primal = family.primalTimes();
        List<Point> hand = family.handTimes();
        Map<String, List<Point>> named = new LinkedHashMap<>();
        family.namedBaselineNames().forEach(n -> named.put(n, family.namedBaselineTimes(n)));
        List<Point> all = new ArrayList<>(primal);
        all.addAll(hand);
        named.values().forEach(all::addAll);
        family.seriesNames().forEach(s -> all.addAll(family.points(s, Measure.TIME)));
        DisplayUnit unit = DisplayUnit.time(all.stream().mapToDouble(Point::low).min().orElse(1),
                all.stream().mapToDouble(Point::high).max().orElse(1));
        String operator = family.key().operator().label();
        LogLogPlot plot = new LogLogPlot(family.xAxisLabel(), DisplayUnit.none(), "time per " + operator, unit)
                .withoutMeasuredLines();
        for (String series : family.seriesNames()) {
            List<Point> points = family.points(series, Measure.TIME);
            if (points.isEmpty()) {
                continue;
            }
            plot.measured(series, points, styles.colour(series), styles.shape(series), styles.stroke(series), true);
            ScalingAnalysis.find(fits, series).filter(f -> f.tooNoisy().isEmpty()).ifPresent(f -> plot.fit(
                    "fit " + series, f.fit(), points.get(0).x(), points.get(points.size() - 1).x(),
                    styles.colour(series)));
        }
        if (!primal.isEmpty()) {
            plot.reference("primal", primal, SeriesStyles.BLACK, true);
        }
        if (!hand.isEmpty()) {
            plot.reference("hand-written " + operator, hand, SeriesStyles.GREY, true);
        }
        named.forEach((name, points) -> {
            if (!points.isEmpty()) {
                plot.reference(name + " " + operator, points, SeriesStyles.LIGHT_GREY, true);
            }
        });
        String title = "Time per " + operator + " vs " + family.xAxisLabel() + " — " + family.key().label();
        String subtitle = "log–log · bars: fastest to slowest JMH iteration · dashed coloured: least-squares power laws"
                + (primal.isEmpty() && hand.isEmpty() ? "" : " · dotted: primal (black), hand-written (grey)")
                + (named.isEmpty() ? "" : ", " + String.join(", ", named.keySet()) + " (light grey)");
        List<String> notes = new ArrayList<>(OmissionNotes.absences(family.absences(Measure.TIME), x));
        notes.addAll(OmissionNotes.notOk(family));
        return new Figure(fileBase, title, ChartLook.chart(title, subtitle, plot.plot()), WIDTH, HEIGHT,
                reading(family, fits), notes, null);
    }

    /** E.g. "forward grows as P^1.98 ± 0.04 (theory P × primal: P^2.01); … forward/reverse time ratio grows as P^0.97; theory: P^1.00." */
    static String reading(Family family, List<ScalingFit> fits) {
        XQuantity x = family.xQuantity();
        List<String> sentences = new ArrayList<>();
        if (x == XQuantity.SIZE) {
            sentences.add("The parameter count is " + Quantities.count(Family.params(family.cells().get(0)))
                    + " at every size, so the x axis is the size.");
        }
        Optional<PowerLawFit> primal = ScalingAnalysis.primal(family);
        primal.ifPresent(p -> sentences.add("The primal " + p.noise().map(n -> "is too noisy to tell (" + n + ")")
                .orElse("grows as " + Quantities.power(x.symbol(), p.slope(), p.slopeHalfWidth())) + "."));
        if (fits.isEmpty()) {
            sentences.add("No series has two sizes measured, so no scaling law is fitted.");
            return String.join(" ", sentences);
        }
        List<String> readings = fits.stream().map(f -> f.series() + " " + f.reading()
                + (f.tooNoisy().isEmpty() && Double.isFinite(f.theorySlope())
                        ? " (theory " + f.theory() + ": " + x.symbol() + "^" + Quantities.slope(f.theorySlope()) + ")"
                        : "")).toList();
        sentences.add("Fitted: " + String.join("; ", readings) + ".");
        List<ScalingFit> laws = fits.stream().filter(f -> f.tooNoisy().isEmpty()).toList();
        ScalingAnalysis.steepestAndFlattest(laws, DISTINCT_SLOPES).ifPresent(pair -> {
            ScalingFit steep = pair.get(0);
            ScalingFit flat = pair.get(1);
            PowerLawFit.ofRatio(family.points(steep.series(), Measure.TIME), family.points(flat.series(), Measure.TIME))
                    .ifPresent(ratio -> sentences.add(steep.series() + "/" + flat.series() + " time ratio grows as "
                            + x.symbol() + "^" + Quantities.slope(ratio.slope())
                            + (Double.isFinite(steep.theorySlope()) && Double.isFinite(flat.theorySlope())
                                    ? "; theory: " + x.symbol() + "^"
                                            + Quantities.slope(steep.theorySlope() - flat.theorySlope())
                                    : "") + "."));
        });
        return String.join(" ", sentences);
    }
}
