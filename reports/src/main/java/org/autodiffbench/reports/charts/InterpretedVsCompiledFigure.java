package org.autodiffbench.reports.charts;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.autodiffbench.api.EngineMode;
import org.autodiffbench.api.ExecutionStyle;
import org.autodiffbench.reports.analysis.Family;
import org.autodiffbench.reports.analysis.Measure;
import org.autodiffbench.reports.analysis.Point;
import org.autodiffbench.reports.analysis.Quantities;
import org.autodiffbench.results.CellResult;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/**
 * A tape beside a source transformation: the cost of a derivative in primals (the ratio the
 * results recorded) against the parameter count, log–log, one series per declared mode and
 * execution style, e.g. {@code reverse · interpreted} and {@code reverse · compiled}. Where
 * several engine configurations share a mode and a style, the cheapest at each size stands for
 * them. Engines are told apart by what they declared, never by their ids; engines that neither
 * interpret nor compile (library peers, undeclared) are left to the cost-in-primals chart.
 */
public final class InterpretedVsCompiledFigure {

    public static final int WIDTH = 1000;
    public static final int HEIGHT = 640;

    private static final List<ExecutionStyle> STYLES = List.of(ExecutionStyle.INTERPRETED, ExecutionStyle.COMPILED);
    private static final Shape INTERPRETED_MARKER = new Ellipse2D.Double(-4, -4, 8, 8);
    private static final Shape COMPILED_MARKER = new Rectangle2D.Double(-4, -4, 8, 8);
    /** By mode, then interpreted before compiled. */
    private static final Comparator<Kind> ORDER = Comparator.comparing(Kind::mode).thenComparing(Kind::style);

    private InterpretedVsCompiledFigure() {
    }

    /** One mode and execution style, the series it is drawn as. */
    record Kind(EngineMode mode, ExecutionStyle style) {

        String name() {
            return mode.label() + " · " + style.label();
        }
    }

    /**
     * The figure of one family, or none unless it has a drawable cost for both an interpreted and a
     * compiled engine.
     */
    public static Optional<Figure> of(Family family, SeriesStyles styles, String fileBase) {
        Map<Kind, List<CellResult>> cells = new TreeMap<>(ORDER);
        for (CellResult cell : family.cells()) {
            if (cell.ok() && STYLES.contains(cell.executionStyle())) {
                cells.computeIfAbsent(new Kind(cell.mode(), cell.executionStyle()), k -> new ArrayList<>()).add(cell);
            }
        }
        Map<Kind, List<Point>> points = new TreeMap<>(ORDER);
        cells.forEach((kind, kindCells) -> {
            List<Point> cheapest = cheapestPerX(family, kindCells);
            if (!cheapest.isEmpty()) {
                points.put(kind, cheapest);
            }
        });
        if (STYLES.stream().anyMatch(style -> points.keySet().stream().noneMatch(k -> k.style() == style))) {
            return Optional.empty();
        }
        String operator = family.key().operator().label();
        LogLogPlot builder = new LogLogPlot(family.xAxisLabel(), DisplayUnit.none(), operator + " time ÷ primal time",
                DisplayUnit.none());
        List<String> costs = new ArrayList<>();
        points.forEach((kind, kindPoints) -> {
            boolean compiled = kind.style() == ExecutionStyle.COMPILED;
            builder.measured(kind.name(), kindPoints, colour(kind.mode()),
                    compiled ? COMPILED_MARKER : INTERPRETED_MARKER, styles.variantStroke(compiled ? 1 : 0), true);
            costs.add(kind.name() + " costs " + range(kindPoints) + " primals (" + String.join(", ",
                    seriesOf(cells.get(kind))) + ")");
        });
        XYPlot plot = builder.plot();
        ValueMarker one = new ValueMarker(1, Color.BLACK, SeriesStyles.dashed());
        ChartLook.label(one, "= primal", RectangleAnchor.TOP_RIGHT, TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(one, Layer.BACKGROUND);
        String title = "Interpreted vs compiled: " + operator + " cost in primals vs " + family.xAxisLabel() + " — "
                + family.key().label();
        String subtitle = "log–log · time ÷ primal time at the same size, as the results recorded it · solid: interpreted"
                + " (tape), dashed: compiled (source transformation) · colour: mode · bars: fastest to slowest JMH iteration";
        List<String> sentences = new ArrayList<>();
        sentences.add("Over the sizes measured, " + String.join("; ", costs) + ".");
        for (EngineMode mode : EngineMode.values()) {
            List<Point> interpreted = points.get(new Kind(mode, ExecutionStyle.INTERPRETED));
            List<Point> compiled = points.get(new Kind(mode, ExecutionStyle.COMPILED));
            if (interpreted != null && compiled != null) {
                sentences.add(compiledOverInterpreted(mode, interpreted, compiled));
            }
        }
        List<CellResult> grouped = cells.values().stream().flatMap(List::stream).toList();
        List<String> notes = new ArrayList<>(OmissionNotes.absences(family.absences(Measure.RATIO_TO_PRIMAL).stream()
                .filter(a -> grouped.stream().anyMatch(c -> c.id().equals(a.cellId()))).toList(),
                family.xQuantity()));
        notes.addAll(OmissionNotes.notOk(family));
        notes.addAll(UnreliableNotes.of(family, grouped, "the cost"));
        return Optional.of(new Figure(fileBase, title, ChartLook.chart(title, subtitle, plot), WIDTH, HEIGHT,
                String.join(" ", sentences), notes, null));
    }

    /** The lowest ratio at each x among the cells, sorted by x. */
    private static List<Point> cheapestPerX(Family family, List<CellResult> cells) {
        Map<Double, Point> cheapest = new TreeMap<>();
        for (CellResult cell : cells) {
            Point point = Measure.RATIO_TO_PRIMAL.point(cell, family.x(cell));
            if (point != null) {
                cheapest.merge(point.x(), point, (a, b) -> a.y() <= b.y() ? a : b);
            }
        }
        return List.copyOf(cheapest.values());
    }

    /** E.g. "Compiled ÷ interpreted, reverse mode: 0.41 to 0.52 at the 4 sizes both styles measured." */
    private static String compiledOverInterpreted(EngineMode mode, List<Point> interpreted, List<Point> compiled) {
        List<Double> ratios = new ArrayList<>();
        for (Point c : compiled) {
            interpreted.stream().filter(i -> i.x() == c.x()).findFirst().ifPresent(i -> ratios.add(c.y() / i.y()));
        }
        if (ratios.isEmpty()) {
            return "The " + mode.label() + " engines of the two styles share no size, so they are not compared.";
        }
        String low = Quantities.threeDigits(ratios.stream().mapToDouble(Double::doubleValue).min().orElseThrow());
        String high = Quantities.threeDigits(ratios.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
        return "Compiled ÷ interpreted, " + mode.label() + " mode: " + (low.equals(high) ? low : low + " to " + high)
                + " at " + (ratios.size() == 1 ? "the one size" : "the " + ratios.size() + " sizes")
                + " both styles measured.";
    }

    /** The campaign series a kind's points come from, in campaign order. */
    private static Set<String> seriesOf(List<CellResult> cells) {
        Set<String> names = new LinkedHashSet<>();
        cells.forEach(c -> names.add(c.series()));
        return names;
    }

    /** Forward vermillion and reverse blue, as the other charts give them; the other modes their own colours. */
    private static Color colour(EngineMode mode) {
        return switch (mode) {
            case FORWARD -> SeriesStyles.VERMILLION;
            case REVERSE -> SeriesStyles.BLUE;
            case CHECKPOINTED_REVERSE -> SeriesStyles.BLUISH_GREEN;
            case NUMERIC -> SeriesStyles.REDDISH_PURPLE;
            case OTHER -> SeriesStyles.ORANGE;
        };
    }

    private static String range(List<Point> points) {
        String low = Quantities.threeDigits(points.stream().mapToDouble(Point::y).min().orElseThrow());
        String high = Quantities.threeDigits(points.stream().mapToDouble(Point::y).max().orElseThrow());
        return low.equals(high) ? low : low + " to " + high;
    }
}
