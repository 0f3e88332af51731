package org.autodiffbench.harness.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.autodiffbench.reports.compare.Comparison;
import org.autodiffbench.reports.compare.ComparisonJson;
import org.autodiffbench.reports.compare.ComparisonText;
import org.autodiffbench.reports.compare.RunMeasurements;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code compare}: one run against another, cell by cell, with a significance test on the JMH
 * samples; usable in CI, as it exits with 1 on a significant regression.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compares two runs: per matching cell, the time ratio NEW / OLD and a Mann-Whitney U test"
                + " on the JMH samples.",
            "OLD and NEW are results directories (or their results.json), or JMH JSON result files (-rf json).",
            "Exit code: 0 passes; 1 a significant regression, a cell that was ok and in NEW is not ok or missing, or"
                + " a NEW run with fewer cells than its campaign planned; 2 bad input."})
final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The run to compare against.")
    Path oldRun;

    @Parameters(index = "1", paramLabel = "NEW", description = "The run to judge.")
    Path newRun;

    @Option(names = "--threshold", paramLabel = "FRACTION", defaultValue = "0.1",
            description = "How much slower (as a fraction, 0.1 = 10%%) must a cell be to count as a regression?"
                    + " Default 0.1.")
    double threshold;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
    OutputFormat format;

    @Override
    public Integer call() throws Exception {
        Comparison comparison = Comparison.of(RunMeasurements.load(oldRun), RunMeasurements.load(newRun), threshold);
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(ComparisonJson.of(comparison)));
        } else {
            ComparisonText.write(comparison, out);
        }
        out.flush();
        return comparison.fails() ? ExitCodes.DISAGREE : ExitCodes.AGREE;
    }
}
