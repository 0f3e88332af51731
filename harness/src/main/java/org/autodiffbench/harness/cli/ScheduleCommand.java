package org.autodiffbench.harness.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.autodiffbench.api.checkpoint.BinomialSchedule;
import org.autodiffbench.api.checkpoint.CheckpointSchedule;
import org.autodiffbench.api.checkpoint.ScheduleChoice;
import org.autodiffbench.api.checkpoint.ScheduleAction;
import org.autodiffbench.api.checkpoint.ScheduleTotals;
import org.autodiffbench.api.checkpoint.StoreAllSchedule;
import org.autodiffbench.api.checkpoint.UniformSchedule;
import org.autodiffbench.harness.schedule.ActionListing;
import org.autodiffbench.harness.schedule.RevolveCheck;
import org.autodiffbench.harness.schedule.ScheduleSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code schedule}: the checkpointing schedule the {@code checkpointed} engine would run over a
 * chain of stages, with its totals, the Revolve formula check for a binomial schedule, and the
 * actions. The schedule is chosen exactly as the engine chooses it from its options.
 */
@Command(name = "schedule", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Prints a checkpointing schedule over a chain of stages: its totals and its actions.",
            "binomial: Revolve, the fewest stage evaluations for s snapshots (s >= stages stores every stage);",
            "uniform: k segments. S and K default to round(sqrt(L)), as in the checkpointed engine.",
            "Exit code: 0 ok, 1 the binomial schedule misses the Revolve formula, 2 bad input."})
final class ScheduleCommand implements Callable<Integer> {

    /** Up to this many listing lines, the actions are shown without --actions. */
    static final int LISTED_BY_DEFAULT = 60;
    static final int MAX_STAGES = 1_000_000;
    /** The most stage evaluations a schedule may make here; each is an action held in memory. */
    static final long MAX_EVALUATIONS = 5_000_000;

    private static final String BINOMIAL = "binomial";
    private static final String UNIFORM = "uniform";

    @Spec
    CommandSpec spec;

    @Option(names = "--stages", paramLabel = "L", required = true,
            description = "How many stages l does the chain have (1 or more)?")
    int stages;

    @Option(names = "--snapshots", paramLabel = "S",
            description = "binomial: how many snapshots s may be held at once, the stored initial state included? "
                    + "Default round(sqrt(L)); S >= L tapes every stage (store-all).")
    Integer snapshots;

    @Option(names = "--segments", paramLabel = "K",
            description = "uniform: into how many segments k is the chain cut? Default round(sqrt(L)).")
    Integer segments;

    @Option(names = "--schedule", paramLabel = "NAME", defaultValue = BINOMIAL,
            description = "binomial (default) or uniform.")
    String scheduleName;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
    OutputFormat format;

    @Option(names = "--actions",
            description = "List the actions even when they take more than " + LISTED_BY_DEFAULT + " lines.")
    boolean listActions;

    @Override
    public Integer call() throws Exception {
        CheckpointSchedule schedule = choose();
        ScheduleSummary summary = ScheduleSummary.of(schedule);
        Optional<RevolveCheck> check = schedule instanceof BinomialSchedule binomial
                ? Optional.of(RevolveCheck.of(stages, binomial.snapshots(), summary.totals().advances()))
                : Optional.empty();
        List<String> lines = ActionListing.lines(summary.actions());
        boolean list = listActions || lines.size() <= LISTED_BY_DEFAULT;
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(json(summary, check, list)));
        } else {
            text(summary, check, list ? Optional.of(lines) : Optional.empty(), out);
        }
        out.flush();
        return check.isEmpty() || check.get().ok() ? ExitCodes.AGREE : ExitCodes.DISAGREE;
    }

    /** The schedule the checkpointed engine runs for the same choices. */
    private CheckpointSchedule choose() {
        if (stages < 1) {
            throw new IllegalArgumentException("--stages must be at least 1, got " + stages
                    + "; a chain has one stage or more");
        }
        if (stages > MAX_STAGES) {
            throw new IllegalArgumentException("--stages " + stages + " is more than the " + MAX_STAGES
                    + " this command lays out; give fewer stages");
        }
        return ScheduleChoice.of(scheduleName.toLowerCase(Locale.ROOT), stages, snapshots, segments, MAX_EVALUATIONS);
    }

    /** The snapshot budget asked for (or defaulted); for store-all it is at least the number of stages. */
    private int snapshotBudget() {
        return snapshots == null ? UniformSchedule.defaultSegments(stages) : snapshots;
    }

    private void text(ScheduleSummary summary, Optional<RevolveCheck> check, Optional<List<String>> lines,
                      PrintWriter out) {
        CheckpointSchedule schedule = summary.schedule();
        ScheduleTotals totals = summary.totals();
        boolean binomial = schedule instanceof BinomialSchedule;
        if (schedule instanceof UniformSchedule uniform) {
            out.println("uniform schedule: " + count(stages, "stage") + " in " + count(uniform.segments(), "segment"));
        } else {
            out.println(schedule.name() + " schedule: " + count(stages, "stage") + ", "
                    + count(snapshotBudget(), "snapshot") + " (the stored initial state counts as one)");
        }
        if (schedule instanceof StoreAllSchedule) {
            out.println("snapshots >= stages: every stage is taped in one sweep and kept, as the checkpointed "
                    + "engine does; nothing is recomputed");
        }
        out.println();
        row(out, "stages l", stages);
        if (schedule instanceof UniformSchedule uniform) {
            row(out, "segments k", uniform.segments());
        } else {
            row(out, "snapshots s", snapshotBudget());
        }
        check.ifPresent(c -> row(out, "repetition number t", c.repetitions()));
        row(out, binomial ? "advances p(l, s)" : "advances", totals.advances());
        row(out, "taped steps", totals.tapedSteps());
        row(out, "adjoint steps", totals.adjointSteps());
        row(out, binomial ? "stage evaluations p + l" : "stage evaluations", totals.stageEvaluations());
        row(out, "snapshots taken", totals.snapshotsTaken());
        row(out, "peak snapshots held", totals.peakSnapshots());
        row(out, "peak taped stages", totals.peakTapedStages());
        row(out, "restores", summary.restores());
        check.ifPresent(c -> {
            out.println();
            out.println("check: " + c.describe());
        });
        out.println();
        if (lines.isPresent()) {
            out.println("actions (" + summary.actions().size() + ", runs of advances folded):");
            lines.get().forEach(line -> out.println("  " + line));
        } else {
            out.println(summary.actions().size() + " actions; add --actions to list them");
        }
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static void row(PrintWriter out, String label, long value) {
        out.println(String.format(Locale.ROOT, "%-24s %10d", label, value));
    }

    private ObjectNode json(ScheduleSummary summary, Optional<RevolveCheck> check, boolean list) {
        CheckpointSchedule schedule = summary.schedule();
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("schedule", schedule.name());
        root.put("stages", stages);
        if (schedule instanceof UniformSchedule uniform) {
            root.put("segments", uniform.segments());
        } else {
            root.put("snapshots", snapshotBudget());
        }
        check.ifPresent(c -> root.put("repetitions", c.repetitions()));
        ScheduleTotals totals = summary.totals();
        ObjectNode t = root.putObject("totals");
        t.put("advances", totals.advances());
        t.put("tapedSteps", totals.tapedSteps());
        t.put("adjointSteps", totals.adjointSteps());
        t.put("stageEvaluations", totals.stageEvaluations());
        t.put("snapshotsTaken", totals.snapshotsTaken());
        t.put("peakSnapshots", totals.peakSnapshots());
        t.put("peakTapedStages", totals.peakTapedStages());
        t.put("restores", summary.restores());
        check.ifPresent(c -> root.putObject("check")
                .put("formula", "p(l, s) = t·l − C(s+t, t−1)")
                .put("binomial", c.binomial())
                .put("p", c.formula())
                .put("minimalAdvances", c.minimalAdvances())
                .put("scheduleAdvances", c.scheduleAdvances())
                .put("ok", c.ok()));
        root.put("actionCount", summary.actions().size());
        if (list) {
            ArrayNode actions = root.putArray("actions");
            for (ScheduleAction action : summary.actions()) {
                actions.addObject().put("kind", action.kind().label()).put("stage", action.stage());
            }
        }
        return root;
    }
}
