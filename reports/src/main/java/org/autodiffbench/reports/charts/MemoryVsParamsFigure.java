package org.autodiffbench.reports.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.autodiffbench.reports.analysis.Family;
import org.autodiffbench.reports.analysis.Measure;
import org.autodiffbench.reports.analysis.Point;
import org.autodiffbench.reports.analysis.Quantities;
import org.autodiffbench.reports.analysis.XQuantity;
import org.autodiffbench.reports.fit.PowerLawFit;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;

/**
 * Memory against the parameter count, log–log, in two panels sharing the x axis: the bytes an
 * engine retains to differentiate (its own accounting), and the bytes it allocates per call
 * (JMH's {@code gc.alloc.rate.norm}). A panel with nothing drawable is left out, with a note.
 */
public final class MemoryVsParamsFigure {

    public static final int WIDTH = 1000;
    /** The height with both panels; one panel gets {@link #ONE_PANEL_HEIGHT}. */
    public static final int HEIGHT = 820;
    public static final int ONE_PANEL_HEIGHT = 640;

    private MemoryVsParamsFigure() {
    }

    /** The figure of one family, or empty when neither measure has a drawable point. */
    public static Optional<Figure> of(Family family, SeriesStyles styles, String fileBase) {
        XQuantity x = family.xQuantity();
        List<String> notes = new ArrayList<>();
        List<String> readings = new ArrayList<>();
        Optional<XYPlot> retained = panel(family, styles, Measure.RETAINED_BYTES, "retained bytes", true, readings);
        Optional<XYPlot> allocated = panel(family, styles, Measure.ALLOC_BYTES, "allocated per call",
                retained.isEmpty(), readings);
        if (retained.isEmpty() && allocated.isEmpty()) {
            return Optional.empty();
        }
        if (retained.isEmpty()) {
            notes.add("no cell has drawable retained bytes; only the allocation panel is shown");
        }
        if (allocated.isEmpty()) {
            notes.add("no cell has a drawable allocation per call (JMH's GC profiler off, or 0 B); only retained"
                    + " bytes are shown");
        }
        LogAxis shared = LogAxes.axis(family.xAxisLabel());
        double minX = family.cells().stream().mapToDouble(family::x).filter(v -> v > 0).min().orElse(1);
        double maxX = family.cells().stream().mapToDouble(family::x).max().orElse(1);
        LogAxes.cover(shared, minX, maxX);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(shared);
        plot.setGap(14);
        retained.ifPresent(p -> plot.add(p, 1));
        allocated.ifPresent(p -> plot.add(p, 1));
        notes.addAll(OmissionNotes.absences(family.absences(Measure.RETAINED_BYTES), x));
        notes.addAll(OmissionNotes.absences(family.absences(Measure.ALLOC_BYTES), x));
        notes.addAll(OmissionNotes.notOk(family));
        String title = "Memory vs " + family.xAxisLabel() + " — " + family.key().label();
        String retainedText = "bytes retained to differentiate (engine accounting)";
        String allocatedText = "bytes allocated per call (JMH gc.alloc.rate.norm)";
        String subtitle = "log–log · " + (retained.isPresent() && allocated.isPresent()
                ? "top: " + retainedText + " · bottom: " + allocatedText
                : retained.isPresent() ? retainedText : allocatedText);
        String reading = readings.isEmpty() ? "Too few sizes for a trend." : String.join(" ", readings);
        int height = retained.isPresent() && allocated.isPresent() ? HEIGHT : ONE_PANEL_HEIGHT;
        return Optional.of(new Figure(fileBase, title, ChartLook.chart(title, subtitle, plot), WIDTH, height,
                reading, notes, null));
    }

    private static Optional<XYPlot> panel(Family family, SeriesStyles styles, Measure measure, String label,
                                          boolean inLegend, List<String> readings) {
        List<Point> all = new ArrayList<>();
        family.seriesNames().forEach(s -> all.addAll(family.points(s, measure)));
        if (all.isEmpty()) {
            return Optional.empty();
        }
        DisplayUnit unit = DisplayUnit.bytes(all.stream().mapToDouble(Point::y).min().orElseThrow(),
                all.stream().mapToDouble(Point::y).max().orElseThrow());
        LogLogPlot builder = new LogLogPlot(family.xAxisLabel(), DisplayUnit.none(), label, unit);
        List<String> laws = new ArrayList<>();
        for (String series : family.seriesNames()) {
            List<Point> points = family.points(series, measure);
            if (points.isEmpty()) {
                continue;
            }
            builder.measured(series, points, styles.colour(series), styles.shape(series), styles.stroke(series),
                    inLegend);
            Point last = points.get(points.size() - 1);
            laws.add(series + " " + PowerLawFit.of(points)
                    .map(f -> "∝ " + family.xQuantity().symbol() + "^" + Quantities.slope(f.slope()) + ", ")
                    .orElse("") + Quantities.bytes(last.y()) + " at the largest size");
        }
        readings.add(capitalised(label) + ": " + String.join("; ", laws) + ".");
        return Optional.of(builder.plot());
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
