package org.autodiffbench.reports.charts;

import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Optional;
import org.autodiffbench.reports.analysis.Family;
import org.autodiffbench.reports.analysis.Measure;
import org.autodiffbench.reports.analysis.Point;
import org.autodiffbench.reports.analysis.Quantities;
import org.autodiffbench.reports.analysis.XQuantity;
import org.autodiffbench.results.CellResult;

/**
 * How long each engine takes to prepare its graph (where a compiled engine generates and compiles
 * its code) against the parameter count, log–log, one series per engine configuration: the
 * median of the prepares after the first in the cell's JVM, and the first prepare, which also
 * loads the engine's classes and a compiler's, dashed. Never part of the timed call.
 */
public final class PreparationVsParamsFigure {

    public static final int WIDTH = 1000;
    public static final int HEIGHT = 640;
    /** The name of a series' first-prepare line: the series' name and this. */
    public static final String FIRST = " · first prepare";

    private PreparationVsParamsFigure() {
    }

    /** The figure of one family, or none when no cell of it recorded a preparation. */
    public static Optional<Figure> of(Family family, SeriesStyles styles, String fileBase) {
        List<CellResult> prepared = family.cells().stream().filter(c -> c.ok() && c.preparation() != null).toList();
        if (prepared.isEmpty()) {
            return Optional.empty();
        }
        XQuantity x = family.xQuantity();
        List<Point> all = new ArrayList<>();
        for (String series : family.seriesNames()) {
            all.addAll(family.points(series, Measure.PREPARATION));
            all.addAll(family.points(series, Measure.FIRST_PREPARATION));
        }
        DisplayUnit unit = DisplayUnit.time(all.stream().mapToDouble(Point::y).min().orElse(1),
                all.stream().mapToDouble(Point::y).max().orElse(1));
        LogLogPlot plot = new LogLogPlot(family.xAxisLabel(), DisplayUnit.none(), "time to prepare", unit);
        List<String> ranges = new ArrayList<>();
        for (String series : family.seriesNames()) {
            List<Point> median = family.points(series, Measure.PREPARATION);
            List<Point> first = family.points(series, Measure.FIRST_PREPARATION);
            if (median.isEmpty()) {
                continue;
            }
            plot.measured(series, median, styles.colour(series), styles.shape(series), styles.stroke(series), true);
            plot.measured(series + FIRST, first, styles.colour(series), styles.variantShape(series, 1),
                    SeriesStyles.dashed(), true);
            ranges.add(series + " prepares in " + range(median) + " (the first prepare: " + range(first) + ")");
        }
        IntSummaryStatistics samples = prepared.stream().mapToInt(c -> c.preparation().samples()).summaryStatistics();
        String count = samples.getMin() == samples.getMax() ? Integer.toString(samples.getMin())
                : samples.getMin() + " to " + samples.getMax();
        String title = "Preparation time vs " + family.xAxisLabel() + " — " + family.key().label();
        String subtitle = "log–log · solid: median of the prepares after the first in the cell's JVM (n = " + count
                + " per cell) · dashed: the first prepare, which also loads the engine's classes (and a compiler's)";
        String reading = "Wall time of the engine's prepare in the cell's JVM, outside the timed call. Each solid"
                + " point is the median of the prepares after the first (n = " + count + " per cell: they stop once"
                + " one more would take the cell's prepares past one second, so a prepare that slow is shown by its"
                + " first alone). Over the sizes measured, " + String.join("; ", ranges) + ".";
        List<String> notes = new ArrayList<>(OmissionNotes.absences(family.absences(Measure.PREPARATION), x));
        notes.addAll(OmissionNotes.notOk(family));
        notes.addAll(UnreliableNotes.of(family, prepared, "the preparation time"));
        return Optional.of(new Figure(fileBase, title, ChartLook.chart(title, subtitle, plot.plot()), WIDTH, HEIGHT,
                reading, notes, null));
    }

    private static String range(List<Point> points) {
        String low = Quantities.time(points.stream().mapToDouble(Point::y).min().orElseThrow());
        String high = Quantities.time(points.stream().mapToDouble(Point::y).max().orElseThrow());
        return low.equals(high) ? low : low + " to " + high;
    }
}
