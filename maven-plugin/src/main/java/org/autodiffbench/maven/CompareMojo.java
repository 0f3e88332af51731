package org.autodiffbench.maven;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.autodiffbench.reports.compare.CellComparison;
import org.autodiffbench.reports.compare.Comparison;
import org.autodiffbench.reports.compare.ComparisonText;
import org.autodiffbench.reports.compare.RunMeasurements;
import org.autodiffbench.reports.compare.Verdict;

/**
 * {@code autodiffbench:compare}: the regression gate. Judges the run in {@link #resultsDirectory}
 * against a baseline with the rules of {@code autodiffbench compare} ({@link Comparison}): the
 * build fails on a significant slow-down beyond the threshold, on a cell that was ok and no longer
 * is or has no result, and on a run that finished fewer cells than its campaign planned. The
 * baseline is a results directory (say, the last release's), or by default the run before the
 * last, which {@code campaign} keeps; without either, the first build has nothing to compare with
 * and passes.
 */
@Mojo(name = "compare", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CompareMojo extends AbstractMojo {

    /** Against which run? A results directory or its results.json. Default: the run before the last. */
    @Parameter(property = "autodiffbench.baseline")
    private File baseline;

    /** Which run to judge? */
    @Parameter(property = "autodiffbench.results", defaultValue = "${project.build.directory}/autodiffbench")
    private File resultsDirectory;

    /** How much slower (a fraction, 0.1 = 10%) must a cell be to count as a regression? */
    @Parameter(property = "autodiffbench.threshold", defaultValue = "0.1")
    private double threshold;

    /** Skip the comparison (and the other autodiffbench goals, which read the same property)? */
    @Parameter(property = "autodiffbench.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("autodiffbench.skip is set: no comparison");
            return;
        }
        if (!(threshold >= 0 && Double.isFinite(threshold))) {
            throw new MojoFailureException("threshold " + threshold + " is not a fraction of 0 or more; set"
                    + " <threshold> (or -Dautodiffbench.threshold) to e.g. 0.1 for 10%");
        }
        Path newRun = resultsDirectory.toPath();
        Path oldRun = baseline != null ? baseline.toPath() : PreviousRun.of(newRun);
        if (baseline != null && !Files.exists(oldRun)) {
            throw new MojoFailureException("baseline " + oldRun + " does not exist; set <baseline> (or"
                    + " -Dautodiffbench.baseline) to the results directory of an earlier run, e.g. the last release's");
        }
        if (baseline == null && !Files.exists(oldRun)) {
            getLog().info("no earlier run at " + oldRun + " to compare with: the gate starts with the next build;"
                    + " set <baseline> to compare with a results directory such as the last release's");
            return;
        }
        Comparison comparison;
        try {
            comparison = Comparison.of(RunMeasurements.load(oldRun), RunMeasurements.load(newRun), threshold);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        }
        StringWriter text = new StringWriter();
        ComparisonText.write(comparison, new PrintWriter(text));
        text.toString().lines().forEach(getLog()::info);
        if (comparison.fails()) {
            throw new MojoFailureException(failure(comparison, oldRun));
        }
    }

    /** Why the gate fails, then one line per failing cell. */
    private static String failure(Comparison comparison, Path oldRun) {
        String cells = comparison.rowsByVerdict().stream().filter(row -> row.verdict().failing())
                .map(CompareMojo::line).collect(Collectors.joining(System.lineSeparator()));
        return "the run fails the gate against " + oldRun + ": " + String.join("; ", comparison.failures())
                + (cells.isEmpty() ? "" : System.lineSeparator() + cells);
    }

    private static String line(CellComparison row) {
        return "  " + row.verdict().label() + " " + row.key()
                + (row.ratio() == null ? "" : String.format(Locale.ROOT, " (%.2f× the old time, p = %.2g)",
                        row.ratio(), row.pValue()))
                + (row.verdict() == Verdict.REGRESSION ? "" : ": " + row.note());
    }
}
