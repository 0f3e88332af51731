package org.autodiffbench.reports.page;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.autodiffbench.reports.analysis.CampaignView;
import org.autodiffbench.reports.analysis.Family;
import org.autodiffbench.reports.charts.ChartFiles;
import org.autodiffbench.reports.charts.Figure;
import org.autodiffbench.reports.charts.InterpretedVsCompiledFigure;
import org.autodiffbench.reports.charts.JacobianCrossoverFigure;
import org.autodiffbench.reports.charts.MemoryVsComputeFigure;
import org.autodiffbench.reports.charts.MemoryVsParamsFigure;
import org.autodiffbench.reports.charts.PreparationVsParamsFigure;
import org.autodiffbench.reports.charts.RatioVsParamsFigure;
import org.autodiffbench.reports.charts.SeriesStyles;
import org.autodiffbench.reports.charts.TimeVsParamsFigure;
import org.autodiffbench.reports.fit.ScalingAnalysis;
import org.autodiffbench.reports.fit.ScalingFit;
import org.autodiffbench.results.CampaignResults;
import org.autodiffbench.results.ResultsFile;

/**
 * Writes a campaign's report from its results alone: charts (PNG and SVG), {@code index.html},
 * {@code summary.md} and {@code cells.csv}. What cannot be drawn is listed, not dropped: a
 * chart that fails is named in the warnings and the rest of the report is still written. Written
 * into a folder that holds an earlier report, it removes that report's charts which it did not
 * draw again, so no page of the folder shows a chart of other results; files the report does
 * not name are left alone.
 */
public final class ReportWriter {

    /** The report's folder inside a results directory. */
    public static final String DIRECTORY = "report";
    public static final String INDEX = "index.html";
    public static final String SUMMARY = "summary.md";
    public static final String CELLS = "cells.csv";

    private static final String TIME = "time-vs-params";
    private static final String RATIO = "ratio-vs-params";
    private static final String MEMORY = "memory-vs-params";
    private static final String TRADE_OFF = "memory-vs-compute";
    private static final String CROSSOVER = "jacobian-crossover";
    private static final String PREPARATION = "preparation-vs-params";
    private static final String STYLES = "interpreted-vs-compiled";
    /** The names a report gives its charts: a kind, an optional family slug and a number, PNG or SVG. */
    private static final Pattern CHART_FILE = Pattern.compile("(" + String.join("|", TIME, RATIO, MEMORY, TRADE_OFF,
            CROSSOVER, PREPARATION, STYLES) + ")(-[^/]*)?\\.(png|svg)");

    private ReportWriter() {
    }

    /**
     * Reads {@code results.json} from a results directory (or the file itself) and writes the
     * report into {@code outDir}, by default the results directory's {@value #DIRECTORY} folder.
     *
     * @throws IllegalArgumentException for a missing or malformed results file, a schema version
     *     this build does not read, or a folder that cannot be written
     */
    public static Report write(Path results, Path outDir) {
        Path file = Files.isDirectory(results) ? results.resolve(ResultsFile.NAME) : results;
        CampaignResults campaign = ResultsFile.read(file);
        Path parent = file.toAbsolutePath().getParent();
        return write(campaign, outDir != null ? outDir : parent.resolve(DIRECTORY));
    }

    /** Writes the report of {@code results} into {@code outDir}, creating it. */
    public static Report write(CampaignResults results, Path outDir) {
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot create the report folder " + outDir + ": " + e
                    + "; give a writable folder with --out");
        }
        List<String> warnings = new ArrayList<>(inputWarnings(results));
        CampaignView view = new CampaignView(results);
        warnings.addAll(MachineWarnings.of(results, view.families()));
        SeriesStyles styles = new SeriesStyles(view.series());
        List<ScalingFit> fits = new ArrayList<>();
        for (Family family : view.families()) {
            if (family.distinctX() >= 2) {
                fits.addAll(guard(warnings, "scaling fits of " + family.key().label(),
                        () -> Optional.of(ScalingAnalysis.of(family))).orElse(List.of()));
            }
        }
        Set<String> bases = new HashSet<>();
        List<Path> files = new ArrayList<>();
        List<ChartSection> sections = new ArrayList<>();
        int charts = 0;
        for (ChartSection section : sections(view, styles, fits, bases, warnings)) {
            List<Figure> drawn = new ArrayList<>();
            for (Figure figure : section.figures()) {
                Optional<List<Path>> written = guard(warnings, figure.fileBase(),
                        () -> Optional.of(writeChart(figure, outDir)));
                written.ifPresent(w -> {
                    files.addAll(w);
                    drawn.add(figure);
                });
            }
            charts += drawn.size();
            add(sections, section.heading(), section.description(), drawn);
        }
        ReportContent content = new ReportContent(results, sections, fits, warnings);
        Path index = outDir.resolve(INDEX);
        files.add(writeText(index, HtmlPage.of(content)));
        files.add(writeText(outDir.resolve(SUMMARY), MarkdownSummary.of(content)));
        files.add(writeText(outDir.resolve(CELLS), CellsCsv.of(results.cells())));
        removeStaleCharts(outDir, files);
        return new Report(outDir, index, files, charts, warnings);
    }

    private static List<String> inputWarnings(CampaignResults results) {
        List<String> warnings = new ArrayList<>();
        if (results.cells().isEmpty()) {
            warnings.add("the campaign '" + results.campaign().name() + "' has no cells with results: the report shows"
                    + " the campaign and its environment only; run it (or resume it) to get charts");
        } else if (!results.complete()) {
            warnings.add(results.cells().size() + " of " + results.campaign().plannedCells() + " planned cells have results:"
                    + " the run is incomplete; finish it with 'autodiffbench run --resume DIR'");
        }
        return warnings;
    }

    private static List<ChartSection> sections(CampaignView view, SeriesStyles styles, List<ScalingFit> fits,
                                               Set<String> bases, List<String> warnings) {
        List<Figure> time = new ArrayList<>();
        List<Figure> ratio = new ArrayList<>();
        List<Figure> memory = new ArrayList<>();
        List<Figure> tradeOff = new ArrayList<>();
        List<Figure> preparation = new ArrayList<>();
        List<Figure> styleComparison = new ArrayList<>();
        for (Family family : view.families()) {
            String slug = family.key().slug();
            String label = family.key().label();
            if (family.distinctX() < 2) {
                continue;
            }
            List<ScalingFit> familyFits = fits.stream().filter(f -> f.family().equals(family.key())).toList();
            guard(warnings, TIME + " of " + label, () -> Optional.of(
                    TimeVsParamsFigure.of(family, styles, familyFits, unique(bases, TIME + "-" + slug))))
                    .ifPresent(time::add);
            if (family.cells().stream().anyMatch(c -> c.baselines() != null && c.baselines().primalNs() != null)) {
                guard(warnings, RATIO + " of " + label, () -> Optional.of(
                        RatioVsParamsFigure.of(family, styles, unique(bases, RATIO + "-" + slug))))
                        .ifPresent(ratio::add);
            }
            guard(warnings, MEMORY + " of " + label,
                    () -> MemoryVsParamsFigure.of(family, styles, unique(bases, MEMORY + "-" + slug)))
                    .ifPresent(memory::add);
            guard(warnings, PREPARATION + " of " + label,
                    () -> PreparationVsParamsFigure.of(family, styles, unique(bases, PREPARATION + "-" + slug)))
                    .ifPresent(preparation::add);
            guard(warnings, STYLES + " of " + label,
                    () -> InterpretedVsCompiledFigure.of(family, styles, unique(bases, STYLES + "-" + slug)))
                    .ifPresent(styleComparison::add);
        }
        for (Family family : view.families()) {
            if (family.stageStructured()) {
                guard(warnings, TRADE_OFF + " of " + family.key().label(), () -> MemoryVsComputeFigure.of(
                        family, styles, unique(bases, TRADE_OFF + "-" + family.key().slug())))
                        .ifPresent(tradeOff::add);
            }
        }
        List<Figure> crossovers = new ArrayList<>();
        for (List<String> pair : JacobianCrossoverFigure.modePairs(view.results().cells())) {
            guard(warnings, CROSSOVER + " of " + pair.get(0) + " and " + pair.get(1),
                    () -> JacobianCrossoverFigure.of(view.results().cells(), pair.get(0), pair.get(1), styles,
                            unique(bases, CROSSOVER))).ifPresent(crossovers::add);
        }
        List<ChartSection> sections = new ArrayList<>();
        add(sections, "Time vs parameters", "Time per derivative against the parameter count, log–log, per model"
                + " family: one series per engine configuration, the primal and the hand-written derivative as"
                + " references, fitted power laws dashed.", time);
        add(sections, "Cost in primals", "Time ÷ primal time: what a derivative costs in units of the function.",
                ratio);
        add(sections, "Interpreted vs compiled", "A tape interpreter beside a source transformation of the same"
                + " mode: what a derivative costs in primals, by the mode and execution style each engine declares"
                + " (the cheapest configuration of each at every size).", styleComparison);
        add(sections, "Memory vs parameters", "Bytes retained to differentiate and bytes allocated per call.",
                memory);
        add(sections, "Memory vs compute", "The checkpointing trade-off of stage-structured families at one size:"
                + " retained bytes against time, with the Pareto front.", tradeOff);
        add(sections, "Jacobian crossover", "Forward mode (n column sweeps) against reverse mode (m row sweeps)"
                + " for full Jacobians, by the modes the engines declare.", crossovers);
        add(sections, "Preparation time", "How long each engine takes to prepare its graph (a compiled engine"
                + " generates and compiles its code here), measured in the cell's JVM and never part of the timed"
                + " call: the median of the prepares after the first, and the first, which also loads the engine's"
                + " classes and a compiler's.", preparation);
        return sections;
    }

    private static void add(List<ChartSection> sections, String heading, String description, List<Figure> figures) {
        if (!figures.isEmpty()) {
            sections.add(new ChartSection(heading, description, figures));
        }
    }

    /** Runs one chart's analysis; a failure becomes a warning and the report goes on. */
    private static <T> Optional<T> guard(List<String> warnings, String what, Supplier<Optional<T>> build) {
        try {
            return build.get();
        } catch (RuntimeException e) {
            warnings.add(what + " could not be drawn: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            return Optional.empty();
        }
    }

    /** The base name, with a number appended when another chart took it already. */
    private static String unique(Set<String> bases, String base) {
        String candidate = base;
        for (int i = 2; !bases.add(candidate); i++) {
            candidate = base + "-" + i;
        }
        return candidate;
    }

    private static List<Path> writeChart(Figure figure, Path outDir) {
        try {
            return ChartFiles.write(figure.chart(), outDir, figure.fileBase(), figure.width(), figure.height());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write the chart " + figure.fileBase() + " into " + outDir
                    + ": " + e + "; give a writable folder with --out");
        }
    }

    /** Deletes the charts an earlier report left in {@code outDir} that this one did not write. */
    private static void removeStaleCharts(Path outDir, List<Path> written) {
        Set<Path> keep = new HashSet<>(written);
        List<Path> stale;
        try (Stream<Path> listing = Files.list(outDir)) {
            stale = listing.filter(f -> CHART_FILE.matcher(f.getFileName().toString()).matches())
                    .filter(f -> !keep.contains(f) && Files.isRegularFile(f)).toList();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot list the report folder " + outDir + ": " + e
                    + "; give a readable folder with --out");
        }
        for (Path file : stale) {
            try {
                Files.delete(file);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot remove the earlier report's chart " + file + ": " + e
                        + "; delete it by hand or give another folder with --out");
            }
        }
    }

    private static Path writeText(Path file, String text) {
        try {
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write " + file + ": " + e + "; give a writable folder with --out");
        }
    }
}
