package org.autodiffbench.harness.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.autodiffbench.harness.run.ShardMerge;
import org.autodiffbench.results.CampaignResults;
import org.autodiffbench.results.MeasuredShard;
import org.autodiffbench.results.ResultsWriteException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code merge}: the shards of one campaign, each run with {@code run --shard K/N}, joined into one run. */
@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Joins the results directories of a campaign's shards (run --shard K/N) into one run: "
                + "results.json with every cell in plan order and each shard's environment, the shards' JMH results,"
                + " and the report under DIR/report.",
            "Exit code: 0 when every planned cell has a result; 4 when cells are missing (the merged run is still"
                    + " written and the missing cells are listed on stderr; --allow-missing makes it 0); 2 on bad"
                    + " input: shards of different campaigns or flags, a shard given twice, a directory that is not"
                    + " a shard, or an --out that already holds results (nothing is written then)."})
final class MergeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SHARD_DIR",
            description = "The results directories of the shards (or their results.json), in any order.")
    List<Path> shards;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Where the merged run goes; it must not hold results yet.")
    Path out;

    @Option(names = "--allow-missing",
            description = "Exit 0 even when cells are missing (they are still listed on stderr).")
    boolean allowMissing;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        ShardMerge.Merged merged = ShardMerge.of(shards);
        Path file;
        try {
            file = ShardMerge.write(merged, out);
        } catch (ResultsWriteException e) {
            throw new IllegalArgumentException(e.getMessage() + "; free space or merge into another directory with"
                    + " --out");
        }
        CampaignResults results = merged.results();
        for (MeasuredShard shard : results.shards()) {
            stdout.println("shard " + shard.shard().label() + ": " + shard.shard().cells().size() + " cells planned"
                    + (shard.environment() == null ? "" : ", measured on " + shard.environment().machine()));
        }
        RunCommand.summary(results, stdout);
        stdout.println("results: " + file);
        RunCommand.writeReport(results, out, stdout, err);
        stdout.flush();
        if (merged.missing().isEmpty()) {
            return ExitCodes.AGREE;
        }
        err.println((allowMissing ? "warning: " : "error: ") + merged.missing().size() + " of "
                + results.campaign().plannedCells() + " cells have no result in the shards given:");
        merged.missing().forEach(line -> err.println("missing: " + line));
        err.flush();
        return allowMissing ? ExitCodes.AGREE : ExitCodes.INCOMPLETE;
    }
}
