package org.autodiffbench.api.checkpoint;

import java.util.List;

/**
 * Revolve: the binomial checkpointing schedule that reverses l stages with s snapshots in the
 * fewest stage evaluations, p(l, s) advances plus l taped steps (Griewank & Walther, ACM TOMS
 * Algorithm 799). The stored initial state counts as one of the s snapshots.
 *
 * <p>To reverse stages {@code [start, end)} from a snapshot at {@code start}, it advances to a
 * split point j, takes a snapshot there, reverses {@code [j, end)} with one snapshot fewer,
 * frees it and reverses {@code [start, j)} with all of them. The split minimises
 * {@code (j − start) + p(end − j, s − 1) + p(j − start, s)}; that cost is convex in j (p grows
 * with slope t, which never decreases), so a binary search on its differences finds the minimum.
 */
public final class BinomialSchedule implements CheckpointSchedule {

    private final int stages;
    private final int snapshots;

    public BinomialSchedule(int stages, int snapshots) {
        if (stages < 1) {
            throw new IllegalArgumentException("a schedule needs at least one stage, got " + stages);
        }
        if (snapshots < 1) {
            throw new IllegalArgumentException("snapshots must be at least 1, got " + snapshots);
        }
        this.stages = stages;
        this.snapshots = snapshots;
    }

    @Override
    public String name() {
        return "binomial";
    }

    @Override
    public int stages() {
        return stages;
    }

    public int snapshots() {
        return snapshots;
    }

    @Override
    public List<ScheduleAction> actions() {
        Builder builder = new Builder();
        builder.actions.add(new ScheduleAction(ActionKind.TAKE_SNAPSHOT, 0));
        builder.position = 0;
        builder.reverse(0, stages, snapshots);
        builder.actions.add(new ScheduleAction(ActionKind.FREE_SNAPSHOT, 0));
        return List.copyOf(builder.actions);
    }

    /** The split offset i in [1, n−1] minimising i + p(n−i, s−1) + p(i, s). */
    static int split(int n, int s) {
        int lo = 1;
        int hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cost(n, s, mid + 1) - cost(n, s, mid) >= 0) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static long cost(int n, int s, int i) {
        return i + Revolve.minimalAdvances(n - i, s - 1) + Revolve.minimalAdvances(i, s);
    }

    /** Builds the action list; {@code position} is the stage whose input the live values hold. */
    private static final class Builder {
        private final List<ScheduleAction> actions = CheckpointSchedule.newActions();
        private int position;

        void restore(int stage) {
            if (position != stage) {
                actions.add(new ScheduleAction(ActionKind.RESTORE, stage));
                position = stage;
            }
        }

        void advanceTo(int stage) {
            CheckpointSchedule.advance(actions, position, stage);
            position = stage;
        }

        void tapeAndReverse(int stage) {
            actions.add(new ScheduleAction(ActionKind.TAPED_STEP, stage));
            actions.add(new ScheduleAction(ActionKind.ADJOINT_STEP, stage));
            position = stage + 1;
        }

        /** Reverses stages [start, end), given a held snapshot of the input of {@code start}. */
        void reverse(int start, int end, int s) {
            int n = end - start;
            if (n == 1) {
                restore(start);
                tapeAndReverse(start);
                return;
            }
            if (s == 1) {
                for (int i = end - 1; i >= start; i--) {
                    restore(start);
                    advanceTo(i);
                    tapeAndReverse(i);
                }
                return;
            }
            int j = start + split(n, s);
            restore(start);
            advanceTo(j);
            actions.add(new ScheduleAction(ActionKind.TAKE_SNAPSHOT, j));
            reverse(j, end, s - 1);
            actions.add(new ScheduleAction(ActionKind.FREE_SNAPSHOT, j));
            reverse(start, j, s);
        }
    }
}
