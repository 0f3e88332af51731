package org.autodiffbench.reports.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.autodiffbench.reports.analysis.Family;
import org.autodiffbench.reports.analysis.Measure;
import org.autodiffbench.reports.analysis.Point;
import org.autodiffbench.reports.analysis.Quantities;
import org.autodiffbench.reports.fit.ParetoFront;
import org.autodiffbench.results.CellResult;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.TextAnchor;

/**
 * The checkpointing trade-off of a stage-structured family at one size: one point per engine
 * configuration (plain reverse, each schedule and snapshot budget), x = bytes retained,
 * y = time per gradient, with the Pareto front (no other configuration is both leaner and
 * faster) drawn through the configurations worth choosing.
 */
public final class MemoryVsComputeFigure {

    public static final int WIDTH = 1000;
    public static final int HEIGHT = 680;

    private MemoryVsComputeFigure() {
    }

    /**
     * One configuration at the chosen size.
     *
     * @param point x = retained bytes, y = median time with its spread
     */
    public record Configuration(CellResult cell, String series, Point point) {

        public double retainedBytes() {
            return point.x();
        }

        public double timeNs() {
            return point.y();
        }
    }

    /**
     * The configurations charted: the {@code ok} cells of engines that declare reverse mode,
     * checkpointed or not, with both retained bytes and a timing, at the size that has the most of
     * them (the largest such size on a tie). Empty with fewer than two.
     */
    public static List<Configuration> configurations(Family family) {
        Map<Integer, List<Configuration>> bySize = new TreeMap<>();
        for (CellResult cell : family.cells()) {
            Double retained = cell.statistics() == null ? null : (double) cell.statistics().retainedBytes();
            if (cell.ok() && cell.mode().sweepsPerOutput() && retained != null && retained > 0) {
                Point point = Measure.TIME.point(cell, retained);
                if (point != null) {
                    bySize.computeIfAbsent(cell.spec().model().size(), k -> new ArrayList<>())
                            .add(new Configuration(cell, cell.series(), point));
                }
            }
        }
        List<Configuration> best = List.of();
        for (List<Configuration> atSize : bySize.values()) {
            if (atSize.size() >= best.size()) {
                best = atSize;
            }
        }
        return best.size() >= 2 ? best : List.of();
    }

    /** The figure of a stage-structured family, or empty when it has fewer than two configurations. */
    public static Optional<Figure> of(Family family, SeriesStyles styles, String fileBase) {
        List<Configuration> configurations = configurations(family);
        if (configurations.isEmpty()) {
            return Optional.empty();
        }
        List<Configuration> front = ParetoFront.of(configurations, Configuration::retainedBytes,
                Configuration::timeNs);
        DisplayUnit xUnit = DisplayUnit.bytes(min(configurations, Configuration::retainedBytes),
                max(configurations, Configuration::retainedBytes));
        DisplayUnit yUnit = DisplayUnit.time(min(configurations, Configuration::timeNs),
                max(configurations, Configuration::timeNs));
        LogLogPlot builder = new LogLogPlot("peak retained bytes", xUnit, "time per gradient", yUnit);
        for (Configuration c : configurations) {
            builder.measured(c.series(), List.of(c.point()), styles.colour(c.series()), styles.shape(c.series()),
                    styles.stroke(c.series()), true);
        }
        builder.line("Pareto front", front.stream().map(c -> new double[] {c.retainedBytes(), c.timeNs()}).toList(),
                SeriesStyles.BLACK, SeriesStyles.dashed(), true);
        XYPlot plot = builder.plot();
        for (Configuration c : configurations) {
            XYTextAnnotation label = new XYTextAnnotation("  " + shortLabel(c.cell()),
                    xUnit.scale(c.retainedBytes()), yUnit.scale(c.timeNs()));
            label.setFont(ChartLook.ANNOTATION_FONT);
            label.setTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addAnnotation(label);
        }
        int size = configurations.get(0).cell().spec().model().size();
        String title = "Memory vs compute at size " + size + " — " + family.key().label();
        String subtitle = "log–log · one point per configuration · bars: fastest to slowest JMH iteration"
                + " · dashed black: Pareto front (nothing else is both leaner and faster)";
        List<String> notes = new ArrayList<>(OmissionNotes.notOk(family.cells().stream()
                .filter(c -> c.spec().model().size() == size).toList()));
        return Optional.of(new Figure(fileBase, title, ChartLook.chart(title, subtitle, plot), WIDTH, HEIGHT,
                reading(configurations, front, size), notes, table(configurations, front)));
    }

    private static String reading(List<Configuration> configurations, List<Configuration> front, int size) {
        Configuration most = configurations.stream().max(Comparator.comparingDouble(Configuration::retainedBytes))
                .orElseThrow();
        Configuration least = configurations.stream().min(Comparator.comparingDouble(Configuration::retainedBytes))
                .orElseThrow();
        String sentence = "At size " + size + ", " + most.series() + " retains the most (" + Quantities.bytes(
                most.retainedBytes()) + " in " + Quantities.time(most.timeNs()) + ")";
        if (least != most) {
            sentence += "; " + least.series() + " the least: " + Quantities.bytes(least.retainedBytes()) + ", "
                    + Quantities.threeDigits(100 * least.retainedBytes() / most.retainedBytes()) + "% of it, for "
                    + Quantities.threeDigits(least.timeNs() / most.timeNs()) + "× its time";
        }
        return sentence + ". Pareto-optimal (" + front.size() + " of " + configurations.size() + "): "
                + front.stream().map(Configuration::series).collect(Collectors.joining(", ")) + ".";
    }

    private static FigureTable table(List<Configuration> configurations, List<Configuration> front) {
        long fewest = configurations.stream().map(c -> stageEvaluations(c.cell())).filter(v -> v != null && v > 0)
                .mapToLong(Long::longValue).min().orElse(0);
        List<List<String>> rows = new ArrayList<>();
        for (Configuration c : configurations.stream()
                .sorted(Comparator.comparingDouble(Configuration::retainedBytes).reversed()).toList()) {
            Long evaluations = stageEvaluations(c.cell());
            rows.add(List.of(c.series(), Quantities.bytes(c.retainedBytes()), Quantities.time(c.timeNs()),
                    evaluations == null ? "—" : Quantities.count(evaluations),
                    evaluations == null || fewest == 0 ? "—" : Quantities.threeDigits((double) evaluations / fewest),
                    front.contains(c) ? "yes" : "no"));
        }
        return new FigureTable(List.of("configuration", "retained", "time", "stage evaluations",
                "÷ fewest stage evaluations", "Pareto-optimal"), rows);
    }

    private static Long stageEvaluations(CellResult cell) {
        return cell.statistics() == null ? null : cell.statistics().stageEvaluations();
    }

    /** The engine's options, e.g. {@code schedule=binomial, snapshots=8}, or the engine for none. */
    static String shortLabel(CellResult cell) {
        if (cell.spec().engineOptions().isEmpty()) {
            return cell.spec().engine();
        }
        return cell.spec().engineOptions().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static double min(List<Configuration> cs, ToDoubleFunction<Configuration> f) {
        return cs.stream().mapToDouble(f).min().orElse(1);
    }

    private static double max(List<Configuration> cs, ToDoubleFunction<Configuration> f) {
        return cs.stream().mapToDouble(f).max().orElse(1);
    }
}
