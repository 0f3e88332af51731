package org.autodiffbench.harness.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.autodiffbench.reports.page.Report;
import org.autodiffbench.reports.page.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code report}: the charts, page, summary and CSV of a finished (or partial) campaign run,
 * read from its {@code results.json} alone.
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes a campaign run's report: charts (PNG and SVG), index.html, summary.md and cells.csv.",
            "Exit code: 0 written (warnings about the input go to stderr), 2 bad input."})
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RESULTS_DIR",
            description = "Which run? A results directory written by 'autodiffbench run', or its results.json.")
    Path results;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where should the report go? Default: the report folder inside RESULTS_DIR.")
    Path out;

    @Override
    public Integer call() {
        Report report = ReportWriter.write(results, out);
        PrintWriter err = spec.commandLine().getErr();
        report.warnings().forEach(w -> err.println("warning: " + w));
        err.flush();
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("report: " + report.index() + " (" + report.charts() + " charts, " + report.files().size()
                + " files)");
        stdout.flush();
        return ExitCodes.AGREE;
    }
}
