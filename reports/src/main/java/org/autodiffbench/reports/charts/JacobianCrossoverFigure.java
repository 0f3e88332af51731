package org.autodiffbench.reports.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.autodiffbench.api.EngineMode;
import org.autodiffbench.api.Operator;
import org.autodiffbench.reports.analysis.Family;
import org.autodiffbench.reports.analysis.Measure;
import org.autodiffbench.reports.analysis.Point;
import org.autodiffbench.reports.analysis.Quantities;
import org.autodiffbench.reports.fit.Crossover;
import org.autodiffbench.results.CellResult;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/**
 * Forward against reverse mode for full Jacobians of f: Rⁿ → Rᵐ over the campaign's (n, m)
 * grid. Forward mode builds the Jacobian by n columns, reverse mode by m rows, so their time
 * ratio should grow like n/m and cross 1 near n = m. Which series is which mode is what their
 * engines declared; n and m are the problem's as the results record it. Top: both times against n/m; bottom: the
 * ratio, its fitted power law and the crossover where it equals 1.
 */
public final class JacobianCrossoverFigure {

    public static final int WIDTH = 1000;
    public static final int HEIGHT = 820;
    private JacobianCrossoverFigure() {
    }

    /**
     * One (n, m) of the grid with its forward and reverse cells.
     *
     * @param outputs m, or null when the results do not record it
     */
    public record GridPoint(long inputs, Long outputs, CellResult forward, CellResult reverse) {

        /** n/m, or n when m is unknown. */
        public double x() {
            return outputs == null ? inputs : (double) inputs / outputs;
        }

        /** Forward time over reverse time, with the spread of the slowest and fastest iterations. */
        public Point ratio() {
            Point f = Measure.TIME.point(forward, x());
            Point r = Measure.TIME.point(reverse, x());
            return new Point(x(), f.y() / r.y(), f.low() / r.high(), f.high() / r.low(), forward.id());
        }
    }

    /**
     * The pairs a crossover chart can be drawn for: every series of Jacobian cells whose engine
     * declares forward mode, each against the first series whose engine declares reverse mode.
     */
    public static List<List<String>> modePairs(List<CellResult> cells) {
        List<CellResult> jacobian = jacobianCells(cells);
        List<String> forward = seriesOfMode(jacobian, EngineMode.FORWARD);
        List<String> reverse = seriesOfMode(jacobian, EngineMode.REVERSE);
        if (reverse.isEmpty()) {
            return List.of();
        }
        return forward.stream().map(f -> List.of(f, reverse.get(0))).toList();
    }

    /**
     * The grid points where both series have an {@code ok}, timed cell; when any forward cell
     * lacks m, none carries it, so that x is n throughout.
     */
    public static List<GridPoint> grid(List<CellResult> cells, String forwardSeries, String reverseSeries) {
        Map<String, CellResult> forwardCells = new LinkedHashMap<>();
        Map<String, CellResult> reverseCells = new LinkedHashMap<>();
        for (CellResult cell : jacobianCells(cells)) {
            if (!cell.ok() || Measure.TIME.point(cell, 1) == null) {
                continue;
            }
            String key = cell.spec().model().key();
            if (cell.series().equals(forwardSeries)) {
                forwardCells.put(key, cell);
            } else if (cell.series().equals(reverseSeries)) {
                reverseCells.put(key, cell);
            }
        }
        boolean knownM = forwardCells.values().stream().allMatch(c -> outputs(c) != null);
        List<GridPoint> grid = new ArrayList<>();
        forwardCells.forEach((key, f) -> {
            CellResult r = reverseCells.get(key);
            if (r != null) {
                grid.add(new GridPoint(Family.params(f), knownM ? outputs(f) : null, f, r));
            }
        });
        grid.sort(Comparator.comparingDouble(GridPoint::x));
        return grid;
    }

    private static List<CellResult> jacobianCells(List<CellResult> cells) {
        return cells.stream().filter(c -> c.spec().operator() == Operator.JACOBIAN).toList();
    }

    /** The series whose engine declares {@code mode}, in campaign order. */
    private static List<String> seriesOfMode(List<CellResult> cells, EngineMode mode) {
        return cells.stream().filter(c -> c.mode() == mode).map(CellResult::series).distinct().toList();
    }

    /** m as the results record it, or null when they do not. */
    static Long outputs(CellResult cell) {
        return cell.problem() == null ? null : cell.problem().outputs();
    }

    /** The figure of one forward-mode series against one reverse-mode series, or empty unless two grid points have both. */
    public static Optional<Figure> of(List<CellResult> cells, String forwardSeries, String reverseSeries,
                                      SeriesStyles styles, String fileBase) {
        List<GridPoint> grid = grid(cells, forwardSeries, reverseSeries);
        if (grid.size() < 2) {
            return Optional.empty();
        }
        boolean knownM = grid.stream().allMatch(g -> g.outputs() != null);
        String xSymbol = knownM ? "n/m" : "n";
        String xLabel = knownM ? "n/m (inputs ÷ outputs)" : "n (inputs; m not recorded)";
        List<Long> ms = new ArrayList<>(new TreeSet<>(grid.stream().map(g -> g.outputs() == null ? -1L : g.outputs())
                .toList()));

        List<Point> allTimes = new ArrayList<>();
        grid.forEach(g -> {
            allTimes.add(Measure.TIME.point(g.forward(), g.x()));
            allTimes.add(Measure.TIME.point(g.reverse(), g.x()));
        });
        DisplayUnit unit = DisplayUnit.time(allTimes.stream().mapToDouble(Point::low).min().orElseThrow(),
                allTimes.stream().mapToDouble(Point::high).max().orElseThrow());
        LogLogPlot times = new LogLogPlot(xLabel, DisplayUnit.none(), "time per Jacobian", unit);
        for (int k = 0; k < ms.size(); k++) {
            long m = ms.get(k);
            String suffix = ms.size() > 1 ? ", m = " + m : "";
            List<GridPoint> row = grid.stream().filter(g -> Objects.equals(g.outputs() == null ? -1L : g.outputs(), m))
                    .toList();
            times.measured(forwardSeries + suffix, row.stream().map(g -> Measure.TIME.point(g.forward(), g.x()))
                    .toList(), styles.colour(forwardSeries), styles.variantShape(forwardSeries, k),
                    styles.variantStroke(k), true);
            times.measured(reverseSeries + suffix, row.stream().map(g -> Measure.TIME.point(g.reverse(), g.x()))
                    .toList(), styles.colour(reverseSeries), styles.variantShape(reverseSeries, k),
                    styles.variantStroke(k), true);
        }

        List<Point> ratios = grid.stream().map(GridPoint::ratio).toList();
        Optional<Crossover> crossover = Crossover.of(ratios);
        LogLogPlot ratioBuilder = new LogLogPlot(xLabel, DisplayUnit.none(), "forward ÷ reverse time",
                DisplayUnit.none())
                .withoutMeasuredLines();
        ratioBuilder.measured(forwardSeries + " ÷ " + reverseSeries, ratios, SeriesStyles.REDDISH_PURPLE,
                styles.shape(forwardSeries), styles.stroke(forwardSeries), true);
        crossover.ifPresent(c -> ratioBuilder.fit("trend", c.trend(), ratios.get(0).x(),
                ratios.get(ratios.size() - 1).x(), SeriesStyles.REDDISH_PURPLE));
        XYPlot ratioPlot = ratioBuilder.plot();
        ValueMarker one = new ValueMarker(1, Color.BLACK, SeriesStyles.dashed());
        ChartLook.label(one, "equal time", RectangleAnchor.TOP_LEFT, TextAnchor.BOTTOM_LEFT);
        ratioPlot.addRangeMarker(one, Layer.BACKGROUND);
        double minRatio = Math.min(1, ratios.stream().mapToDouble(Point::low).min().orElseThrow());
        double maxRatio = Math.max(1, ratios.stream().mapToDouble(Point::high).max().orElseThrow());
        LogAxes.cover((LogAxis) ratioPlot.getRangeAxis(), minRatio, maxRatio);

        LogAxis shared = LogAxes.axis(xLabel);
        LogAxes.cover(shared, grid.get(0).x(), grid.get(grid.size() - 1).x());
        crossover.filter(Crossover::withinGrid).ifPresent(c -> {
            ValueMarker at = new ValueMarker(c.x(), SeriesStyles.REDDISH_PURPLE, SeriesStyles.dashed());
            ChartLook.label(at, "crossover " + xSymbol + " ≈ " + Quantities.threeDigits(c.x()),
                    RectangleAnchor.TOP_RIGHT, TextAnchor.TOP_LEFT);
            ratioPlot.addDomainMarker(at, Layer.FOREGROUND);
        });
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(shared);
        plot.setGap(14);
        plot.add(times.plot(), 1);
        plot.add(ratioPlot, 1);

        String title = "Jacobian: forward vs reverse mode over the (n, m) grid — " + forwardSeries + " vs "
                + reverseSeries;
        String subtitle = "log–log · forward builds the Jacobian by n columns, reverse by m rows · bars: fastest to"
                + " slowest JMH iteration · dashed: fitted trend of the ratio";
        List<String> notes = new ArrayList<>();
        if (!knownM) {
            notes.add("the results do not record m for every cell (results of schema 1), so the x axis is n");
        }
        notes.addAll(OmissionNotes.notOk(jacobianCells(cells).stream()
                .filter(c -> c.series().equals(forwardSeries) || c.series().equals(reverseSeries)).toList()));
        return Optional.of(new Figure(fileBase, title, ChartLook.chart(title, subtitle, plot), WIDTH, HEIGHT,
                reading(ratios, crossover, xSymbol, forwardSeries, reverseSeries), notes, table(grid)));
    }

    private static String reading(List<Point> ratios, Optional<Crossover> crossover, String x, String forward,
                                  String reverse) {
        double low = ratios.stream().mapToDouble(Point::y).min().orElseThrow();
        double high = ratios.stream().mapToDouble(Point::y).max().orElseThrow();
        String range = forward + " ÷ " + reverse + " Jacobian time ranges from " + Quantities.threeDigits(low)
                + " to " + Quantities.threeDigits(high) + " over the grid";
        if (crossover.isEmpty()) {
            return range + "; it shows no trend in " + x + ", so no crossover is estimated.";
        }
        Crossover c = crossover.get();
        String trend = "; it grows as " + Quantities.power("(" + x + ")", c.trend().slope(),
                c.trend().slopeHalfWidth()) + " (theory: (" + x + ")^1, n column sweeps against m row sweeps)";
        String where = Quantities.threeDigits(c.x());
        if (c.withinGrid()) {
            String faster = c.trend().slope() > 0 ? forward + " is faster below it, " + reverse + " above"
                    : reverse + " is faster below it, " + forward + " above";
            return range + trend + ". The fitted trend crosses 1 at " + x + " ≈ " + where + ": " + faster + ".";
        }
        String side = high < 1 ? forward + " is faster" : low > 1 ? reverse + " is faster" : "neither mode wins";
        return range + trend + ". Across the grid " + side + "; the fitted trend would cross 1 at " + x + " ≈ "
                + where + ", outside the grid.";
    }

    private static FigureTable table(List<GridPoint> grid) {
        List<List<String>> rows = new ArrayList<>();
        for (GridPoint g : grid) {
            rows.add(List.of(Quantities.count(g.inputs()), g.outputs() == null ? "—" : Quantities.count(g.outputs()),
                    g.outputs() == null ? "—" : Quantities.threeDigits(g.x()),
                    Quantities.time(g.forward().medianNs()), Quantities.time(g.reverse().medianNs()),
                    Quantities.threeDigits(g.ratio().y())));
        }
        return new FigureTable(List.of("n", "m", "n/m", "forward", "reverse", "forward ÷ reverse"), rows);
    }
}
