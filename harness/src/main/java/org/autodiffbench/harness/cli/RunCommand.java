package org.autodiffbench.harness.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.autodiffbench.api.registry.EngineRegistry;
import org.autodiffbench.harness.campaign.CampaignException;
import org.autodiffbench.harness.campaign.CampaignPlan;
import org.autodiffbench.harness.campaign.CampaignReader;
import org.autodiffbench.harness.campaign.ShardPartition;
import org.autodiffbench.harness.campaign.ShardSelection;
import org.autodiffbench.harness.run.CampaignRunner;
import org.autodiffbench.harness.run.Progress;
import org.autodiffbench.harness.run.ResultsDirectory;
import org.autodiffbench.harness.run.RunEnvironment;
import org.autodiffbench.harness.timing.TimeEstimate;
import org.autodiffbench.models.FamilyRegistry;
import org.autodiffbench.reports.page.Report;
import org.autodiffbench.reports.page.ReportWriter;
import org.autodiffbench.results.CampaignResults;
import org.autodiffbench.results.CellResult;
import org.autodiffbench.results.Outcome;
import org.autodiffbench.results.ResultsWriteException;
import org.autodiffbench.results.Shard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code run}: a benchmark campaign, every cell checked and timed in a JVM of its own, results written as it goes. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs a benchmark campaign: each cell's derivative is checked against references, its call "
                + "statistics read and its time measured with JMH, in a JVM of its own; results.json is rewritten "
                + "after every cell.",
            "With --shard K/N it runs one of N parts of the campaign, of about equal estimated time, as a run of its"
                    + " own; 'autodiffbench merge' joins the parts into one run.",
            "Exit code: 0 when the run completes (failed, disagreeing or over-budget cells are recorded outcomes), "
                    + "2 on bad input or results that cannot be written (the message says how to resume)."})
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PluginPathOption pluginPath;

    @Parameters(index = "0", paramLabel = "CAMPAIGN.json",
            description = "The campaign file, e.g. campaigns/default.json (schema in campaigns/README.md).")
    Path campaign;

    @Option(names = "--quick", description = "Use the campaign's quick timing settings instead of its timing.")
    boolean quick;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where the run's results go (default: results/<campaign>-<yyyyMMdd-HHmmss>).")
    Path out;

    @Option(names = "--resume", paramLabel = "DIR",
            description = "Finish an interrupted run in DIR: its finished cells are kept, the others run. Give the "
                    + "same campaign file and flags as the first time.")
    Path resume;

    @Option(names = "--shard", paramLabel = "K/N",
            description = "Run only shard K of N (1 <= K <= N): the campaign's model sizes dealt into N parts of about"
                    + " equal estimated time, the same on every machine. A resumed shard keeps its own shard.")
    String shard;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Optional<ShardSelection> selection = Optional.ofNullable(shard).map(ShardSelection::parse);
        if (out != null && resume != null) {
            throw new IllegalArgumentException("--out starts a new run and --resume finishes an old one; give one"
                    + " of them");
        }
        if (Files.isDirectory(campaign)) {
            throw new IllegalArgumentException(campaign + " is a directory, not a campaign file; give a campaign .json"
                    + " (e.g. campaigns/quick.json), or use --resume " + campaign + " to finish a run");
        }
        PluginPathOption.add(CampaignReader.pluginFolders(campaign));
        EngineRegistry registry = EngineRegistry.discoverProbingPlugins();
        registry.failures().forEach(failure -> err.println("warning: engine provider failed: " + failure));
        FamilyRegistry families = FamilyRegistry.discoverProbingPlugins();
        families.failures().stream().filter(failure -> !registry.failures().contains(failure))
                .forEach(failure -> err.println("warning: model family provider failed: " + failure));
        CampaignPlan plan;
        try {
            plan = CampaignReader.read(campaign, quick, registry, families);
        } catch (CampaignException e) {
            e.problems().forEach(problem -> err.println("error: " + problem));
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        Path workingDirectory = Path.of("").toAbsolutePath();
        Shard part = shardOf(plan, selection);
        CampaignPlan whole = plan;
        if (part != null) {
            plan = ShardPartition.planOf(plan, part);
            err.println("shard " + part.label() + ": " + plan.cells().size() + " of " + whole.cells().size()
                    + " cells, estimated " + TimeEstimate.seconds(ShardPartition.seconds(whole, plan.cells()))
                    + " of " + TimeEstimate.seconds(ShardPartition.seconds(whole, whole.cells())));
        }
        ResultsDirectory directory;
        try {
            directory = resume != null ? ResultsDirectory.resume(resume, plan, part)
                    : ResultsDirectory.create(out != null ? out : ResultsDirectory.defaultLocation(workingDirectory,
                            plan.name() + (part == null ? "" : "-shard-" + part.index() + "-of-" + part.count()),
                            Instant.now()), plan, RunEnvironment.capture(workingDirectory), part);
        } catch (ResultsWriteException e) {
            return cannotWrite(e, new ResumeCommand(campaign, quick, resume), err);
        }
        ResumeCommand finish = new ResumeCommand(campaign, quick, directory.path());
        Thread interruptNotice = addInterruptNotice(finish, err);
        CampaignResults results;
        try (directory;
             Progress progress = Progress.forConsole(err, directory.results().cells().size(), plan.cells().size())) {
            if (resume != null) {
                directory.recovery().ifPresent(err::println);
                err.println("resuming " + resume + ": " + directory.results().cells().size() + " of "
                        + plan.cells().size() + " cells done");
                err.flush();
            }
            results = new CampaignRunner(plan, directory, registry, progress).run(err);
        } catch (ResultsWriteException e) {
            return cannotWrite(e, finish, err);
        } finally {
            removeShutdownHook(interruptNotice);
        }
        summary(results, stdout);
        stdout.println("results: " + directory.resultsFile());
        writeReport(results, directory.path(), stdout, err);
        stdout.flush();
        err.flush();
        return ExitCodes.AGREE;
    }

    /**
     * The shard to run: the one asked for, or for a resumed run the one it recorded, which a different
     * {@code --shard} may not replace; null for the whole campaign.
     */
    private Shard shardOf(CampaignPlan plan, Optional<ShardSelection> selection) {
        if (resume == null || !Files.isDirectory(resume)) {
            return selection.map(s -> ShardPartition.shard(plan, s)).orElse(null);
        }
        Optional<Shard> recorded = ResultsDirectory.recordedShard(resume);
        if (selection.isPresent() && !recorded.map(Shard::label).equals(selection.map(ShardSelection::label))) {
            throw new IllegalArgumentException(resume + " is " + recorded.map(s -> "shard " + s.label())
                    .orElse("a run of the whole campaign") + ", not shard " + selection.get().label()
                    + "; resume it without --shard, and it keeps its own");
        }
        return recorded.orElse(null);
    }

    /** Results that cannot be written stop the run; what it finished before is in results.json. */
    private static int cannotWrite(ResultsWriteException e, ResumeCommand finish, PrintWriter err) {
        err.println("error: " + e.getMessage() + "; free space and finish the run with: " + finish);
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    /** On Ctrl-C (or a kill), the way out says how to finish the run; removed when the run ends. */
    private static Thread addInterruptNotice(ResumeCommand finish, PrintWriter err) {
        Thread notice = new Thread(() -> {
            err.println(finish.afterInterrupt());
            err.flush();
        }, "autodiffbench-interrupt-notice");
        Runtime.getRuntime().addShutdownHook(notice);
        return notice;
    }

    /** The run ended before the JVM: it has nothing to say on the way out. */
    private static void removeShutdownHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down, and the hook is saying its line
        }
    }

    /** Writes the report beside the results; a report that cannot be written is a warning, the results stand. */
    static void writeReport(CampaignResults results, Path directory, PrintWriter out, PrintWriter err) {
        try {
            Report report = ReportWriter.write(results, directory.resolve(ReportWriter.DIRECTORY));
            report.warnings().forEach(warning -> err.println("warning: " + warning));
            out.println("report: " + report.index());
        } catch (RuntimeException e) {
            err.println("warning: the results are complete but the report could not be written: " + e.getMessage()
                    + "; run 'autodiffbench report " + directory + "' to retry");
        }
    }

    /** How many cells ended with each outcome. */
    static void summary(CampaignResults results, PrintWriter out) {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (CellResult cell : results.cells()) {
            counts.merge(cell.outcome(), 1, Integer::sum);
        }
        TextTable table = new TextTable("outcome", "cells");
        counts.forEach((outcome, count) -> table.row(outcome.label(), Integer.toString(count)));
        table.row("total", Integer.toString(results.cells().size()));
        out.println("campaign " + results.campaign().name()
                + (results.shard() == null ? "" : " shard " + results.shard().label()) + ": " + results.cells().size() + " of "
                + results.campaign().plannedCells() + " cells");
        table.print(out);
    }
}
