package org.autodiffbench.api.checkpoint;

import java.util.List;
import org.autodiffbench.api.CallCounter;

/**
 * A checkpointing schedule as a program that any checkpointing engine runs: consecutive advances
 * become one step over a range of stages, snapshots are taken, restored and freed on a
 * {@link SnapshotStack}, and what the run did is counted into the engine's {@link CallCounter}
 * (stage evaluations taped and untaped, snapshots taken, peak snapshots, restores, flops, one
 * adjoint sweep). The engine says only how a stage is evaluated and swept back, through
 * {@link Steps}; an interpreter and a compiled engine differ there and nowhere else.
 */
public final class ScheduleRunner {

    /** How an engine evaluates and sweeps back stages; each step returns the flops it spent. */
    public interface Steps {

        /** Evaluates stages {@code first} to {@code last} in order, keeping nothing for their adjoints. */
        long advance(int first, int last);

        /** Evaluates stage k, keeping what its adjoint step reads. */
        long tapedStep(int k);

        /** Sweeps stage k back, from the adjoints of its outputs to those of its inputs. */
        long adjointStep(int k);
    }

    private final ActionKind[] kinds;
    private final int[] stages;
    private final int[] lastStages;
    private final SnapshotStack snapshots;
    private final CallCounter counter;
    private final long[] taped;
    private final long[] untaped;
    private final long[] snapshotsTaken;
    private final long[] peakSnapshots;
    private final long[] restores;

    /**
     * @param actions the schedule's actions, in order
     * @param snapshots where stage inputs are stored
     * @param counter the engine's counter, which gets the schedule's details
     */
    public ScheduleRunner(List<ScheduleAction> actions, SnapshotStack snapshots, CallCounter counter) {
        int steps = 0;
        for (int i = 0; i < actions.size(); i++) {
            if (!continuesAdvanceRun(actions, i)) {
                steps++;
            }
        }
        kinds = new ActionKind[steps];
        stages = new int[steps];
        lastStages = new int[steps];
        int step = -1;
        for (int i = 0; i < actions.size(); i++) {
            ScheduleAction action = actions.get(i);
            if (!continuesAdvanceRun(actions, i)) {
                step++;
                kinds[step] = action.kind();
                stages[step] = action.stage();
            }
            lastStages[step] = action.stage();
        }
        this.snapshots = snapshots;
        this.counter = counter;
        taped = counter.detail("tapedStageEvaluations");
        untaped = counter.detail("untapedStageEvaluations");
        snapshotsTaken = counter.detail("snapshotsTaken");
        peakSnapshots = counter.detail("peakSnapshots");
        restores = counter.detail("restores");
    }

    /** Is action i an advance of the stage right after the advance before it? */
    private static boolean continuesAdvanceRun(List<ScheduleAction> actions, int i) {
        if (i == 0) {
            return false;
        }
        ScheduleAction previous = actions.get(i - 1);
        ScheduleAction action = actions.get(i);
        return action.kind() == ActionKind.ADVANCE && previous.kind() == ActionKind.ADVANCE
                && action.stage() == previous.stage() + 1;
    }

    /** Runs every action once, counting into the engine's counter; a Jacobian runs it once per row. */
    public void run(Steps steps) {
        snapshots.reset();
        long evaluationsBefore = taped[0] + untaped[0];
        long flops = 0;
        for (int i = 0; i < kinds.length; i++) {
            int k = stages[i];
            switch (kinds[i]) {
                case ADVANCE -> {
                    int last = lastStages[i];
                    flops += steps.advance(k, last);
                    untaped[0] += last - k + 1;
                }
                case TAPED_STEP -> {
                    flops += steps.tapedStep(k);
                    taped[0]++;
                }
                case ADJOINT_STEP -> flops += steps.adjointStep(k);
                case TAKE_SNAPSHOT -> snapshots.take(k);
                case RESTORE -> {
                    snapshots.restore(k);
                    restores[0]++;
                }
                case FREE_SNAPSHOT -> snapshots.free();
                default -> throw new IllegalStateException("unknown action " + kinds[i]);
            }
        }
        counter.flops(flops);
        counter.adjointSweep();
        counter.stageEvaluations(taped[0] + untaped[0] - evaluationsBefore);
        snapshotsTaken[0] = snapshots.taken();
        peakSnapshots[0] = snapshots.peak();
    }

    /** Counts a plain primal of every stage, which runs no schedule. */
    public void countPrimal(int stageCount) {
        untaped[0] = stageCount;
        counter.stageEvaluations(stageCount);
    }
}
