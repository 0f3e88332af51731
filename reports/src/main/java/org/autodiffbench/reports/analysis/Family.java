package org.autodiffbench.reports.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.autodiffbench.results.Baseline;
import org.autodiffbench.results.Baselines;
import org.autodiffbench.results.CellResult;
import org.autodiffbench.results.NamedTiming;
import org.autodiffbench.results.Problem;
import org.autodiffbench.results.Timing;

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
        this.baselines = baselines.stream().filter(b -> key.contains(b.model())).toList();
        long distinctParams = this.cells.stream().mapToLong(Family::params).distinct().count();
        long distinctSizes = this.cells.stream().mapToInt(c -> c.spec().model().size()).distinct().count();
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

    /**
     * The x axis's label: the quantity's own, except that a size is named by what it counts
     * where the results record it with one voice (e.g. "batch size B").
     */
    public String xAxisLabel() {
        if (xQuantity != XQuantity.SIZE) {
            return xQuantity.axisLabel();
        }
        List<String> meanings = Stream.concat(cells.stream().map(CellResult::problem),
                        baselines.stream().map(Baseline::problem))
                .filter(p -> p != null && p.sizeMeaning() != null)
                .map(Problem::sizeMeaning).distinct().toList();
        return meanings.size() == 1 ? meanings.get(0) : xQuantity.axisLabel();
    }

    /** The parameter count n of a cell's model, 0 when the model was never built. */
    public static long params(CellResult cell) {
        return cell.problem() == null ? 0 : cell.problem().parameters();
    }

    /** The x value of a cell: its parameter count or its size. */
    public double x(CellResult cell) {
        return xQuantity == XQuantity.PARAMS ? params(cell) : cell.spec().model().size();
    }

    private double x(Baseline baseline) {
        Problem problem = baseline.problem();
        return xQuantity == XQuantity.PARAMS ? problem == null ? 0 : problem.parameters() : baseline.model().size();
    }

    /** The series of this family in the order the campaign ran them. */
    public List<String> seriesNames() {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        cells.forEach(c -> names.add(c.series()));
        return List.copyOf(names);
    }

    /** The {@code ok} cells of one series, in plan order. */
    public List<CellResult> okCells(String series) {
        return cells.stream().filter(c -> c.ok() && c.series().equals(series)).toList();
    }

    /** How many distinct x values the {@code ok} cells have: a trend needs two. */
    public long distinctX() {
        return cells.stream().filter(CellResult::ok).mapToDouble(this::x).distinct().count();
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
            if (cell.ok()) {
                String reason = measure.absence(cell);
                if (reason != null) {
                    absences.add(new Absence(cell.id(), cell.series(), x(cell), reason));
                }
            }
        }
        return absences;
    }

    /** The primal's median time per size, from the baselines. */
    public List<Point> primalTimes() {
        return baselinePoints(Baseline::primal);
    }

    /** The hand-written derivative's median time per size, where the family has one. */
    public List<Point> handTimes() {
        return baselinePoints(Baseline::hand);
    }

    /** The names of the baselines' named baselines (e.g. hand-scalar), in the order first recorded. */
    public List<String> namedBaselineNames() {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        baselines.forEach(b -> b.namedBaselines().forEach(n -> names.add(n.name())));
        return List.copyOf(names);
    }

    /** One named baseline's median time per size. */
    public List<Point> namedBaselineTimes(String name) {
        return baselinePoints(b -> b.namedBaselines().stream().filter(n -> n.name().equals(name))
                .map(NamedTiming::timing).findFirst().orElse(null));
    }

    /** The hand-written derivative's time over the primal's, per size, as the results compute it. */
    public List<Point> handRatios() {
        List<Point> points = new ArrayList<>();
        for (Baseline baseline : baselines) {
            Double ratio = Baselines.handToPrimal(baseline);
            if (ratio != null && x(baseline) > 0) {
                double[] spread = Measure.timingSpread(baseline.hand(), ratio, baseline.primal().medianNs());
                points.add(new Point(x(baseline), ratio, spread[0], spread[1], baseline.model().key()));
            }
        }
        points.sort(Comparator.comparingDouble(Point::x));
        return points;
    }

    private List<Point> baselinePoints(Function<Baseline, Timing> timing) {
        List<Point> points = new ArrayList<>();
        for (Baseline baseline : baselines) {
            Timing t = timing.apply(baseline);
            if (drawable(t) && x(baseline) > 0) {
                double[] spread = Measure.timingSpread(t, t.medianNs(), 1);
                points.add(new Point(x(baseline), t.medianNs(), spread[0], spread[1], baseline.model().key()));
            }
        }
        points.sort(Comparator.comparingDouble(Point::x));
        return points;
    }

    private static boolean drawable(Timing timing) {
        return timing != null && Double.isFinite(timing.medianNs()) && timing.medianNs() > 0;
    }

    /** Is the family a chain of stages, as its models' graphs record? */
    public boolean stageStructured() {
        return cells.stream().anyMatch(c -> c.problem() != null && c.problem().staged())
                || baselines.stream().anyMatch(b -> b.problem() != null && b.problem().staged());
    }
}
