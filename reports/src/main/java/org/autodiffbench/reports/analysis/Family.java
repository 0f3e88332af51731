package org.autodiffbench.reports.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.autodiffbench.reports.results.Baseline;
import org.autodiffbench.reports.results.CellResult;
import org.autodiffbench.reports.results.Outcome;
import org.autodiffbench.reports.results.Timing;

/**
 * The cells of one {@link FamilyKey} and the baselines of its model, with the quantity its
 * charts put on the x axis. Only {@code ok} cells are charted: the others carry no trusted timing.
 */
public final class Family {

    private final FamilyKey key;
    private final List<CellResult> cells;
    private final List<Baseline> baselines;
    private final XQuantity xQuantity;

    public Family(FamilyKey key, List<CellResult> cells, List<Baseline> baselines) {
        this.key = key;
        this.cells = List.copyOf(cells);
        this.baselines = baselines.stream()
                .filter(b -> Objects.equals(b.model(), key.model())
                        && Objects.equals(Objects.requireNonNullElse(b.modelOptions(), ""), key.modelOptions()))
                .toList();
        long distinctParams = this.cells.stream().mapToLong(CellResult::params).distinct().count();
        long distinctSizes = this.cells.stream().mapToInt(CellResult::size).distinct().count();
        this.xQuantity = distinctParams < 2 && distinctSizes >= 2 ? XQuantity.SIZE : XQuantity.PARAMS;
    }

    public FamilyKey key() {
        return key;
    }

    public List<CellResult> cells() {
        return cells;
    }

    public List<Baseline> baselines() {
        return baselines;
    }

    public XQuantity xQuantity() {
        return xQuantity;
    }

    /** The x value of a cell: its parameter count or its size. */
    public double x(CellResult cell) {
        return xQuantity == XQuantity.PARAMS ? cell.params() : cell.size();
    }

    private double x(Baseline baseline) {
        return xQuantity == XQuantity.PARAMS ? baseline.params() : baseline.size();
    }

    /** The series of this family in the order the campaign ran them. */
    public List<String> seriesNames() {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        cells.forEach(c -> names.add(seriesOf(c)));
        return List.copyOf(names);
    }

    /** A cell's series label; the engine id when the record has none. */
    public static String seriesOf(CellResult cell) {
        return cell.series() != null ? cell.series() : String.valueOf(cell.engine());
    }

    /** The {@code ok} cells of one series, in plan order. */
    public List<CellResult> okCells(String series) {
        return cells.stream().filter(c -> c.outcome() == Outcome.OK && seriesOf(c).equals(series)).toList();
    }

    /** How many distinct x values the {@code ok} cells have: a trend needs two. */
    public long distinctX() {
        return cells.stream().filter(c -> c.outcome() == Outcome.OK).mapToDouble(this::x).distinct().count();
    }

    /** The drawable points of one series for a measure, sorted by x. */
    public List<Point> points(String series, Measure measure) {
        List<Point> points = new ArrayList<>();
        for (CellResult cell : okCells(series)) {
            Point point = measure.point(cell, x(cell));
            if (point != null) {
                points.add(point);
            }
        }
        points.sort(Comparator.comparingDouble(Point::x));
        return points;
    }

    /** The {@code ok} cells a measure cannot draw, with the reason. */
    public List<Absence> absences(Measure measure) {
        List<Absence> absences = new ArrayList<>();
        for (CellResult cell : cells) {
            if (cell.outcome() == Outcome.OK) {
                String reason = measure.absence(cell);
                if (reason != null) {
                    absences.add(new Absence(cell.id(), seriesOf(cell), x(cell), reason));
                }
            }
        }
        return absences;
    }

    /** The primal's median time per size, from the baselines. */
    public List<Point> primalTimes() {
        return baselinePoints(Baseline::primal, 1);
    }

    /** The hand-written derivative's median time per size, where the family has one. */
    public List<Point> handTimes() {
        return baselinePoints(Baseline::hand, 1);
    }

    /** The hand-written derivative's time over the primal's, per size. */
    public List<Point> handRatios() {
        List<Point> points = new ArrayList<>();
        for (Baseline baseline : baselines) {
            Timing primal = baseline.primal();
            if (drawable(baseline.hand()) && drawable(primal)) {
                double scale = primal.medianNs();
                double[] spread = Measure.timingSpread(baseline.hand(), baseline.hand().medianNs() / scale, scale);
                points.add(new Point(x(baseline), baseline.hand().medianNs() / scale, spread[0], spread[1],
                        baseline.key()));
            }
        }
        points.sort(Comparator.comparingDouble(Point::x));
        return points;
    }

    private List<Point> baselinePoints(Function<Baseline, Timing> timing, double scale) {
        List<Point> points = new ArrayList<>();
        for (Baseline baseline : baselines) {
            Timing t = timing.apply(baseline);
            if (drawable(t)) {
                double[] spread = Measure.timingSpread(t, t.medianNs(), scale);
                points.add(new Point(x(baseline), t.medianNs(), spread[0], spread[1], baseline.key()));
            }
        }
        points.sort(Comparator.comparingDouble(Point::x));
        return points;
    }

    private static boolean drawable(Timing timing) {
        return timing != null && Double.isFinite(timing.medianNs()) && timing.medianNs() > 0;
    }

    /**
     * Is the family a chain of stages? True when a one-sweep (reverse-mode) cell evaluated more
     * than one stage: a graph without stages counts as one.
     */
    public boolean stageStructured() {
        return cells.stream().anyMatch(c -> c.outcome() == Outcome.OK && c.sweeps() != null && c.sweeps() == 1
                && c.stageEvaluations() != null && c.stageEvaluations() > 1);
    }
}
