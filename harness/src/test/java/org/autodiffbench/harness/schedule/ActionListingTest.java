package org.autodiffbench.harness.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.autodiffbench.api.checkpoint.ActionKind;
import org.autodiffbench.api.checkpoint.ScheduleAction;
import org.junit.jupiter.api.Test;

class ActionListingTest {

    private static ScheduleAction a(ActionKind kind, int stage) {
        return new ScheduleAction(kind, stage);
    }

    @Test
    void runsOfConsecutiveAdvancesFoldIntoOneLine() {
        List<ScheduleAction> actions = List.of(
                a(ActionKind.TAKE_SNAPSHOT, 0), a(ActionKind.ADVANCE, 0), a(ActionKind.ADVANCE, 1),
                a(ActionKind.ADVANCE, 2), a(ActionKind.ADVANCE, 3), a(ActionKind.ADVANCE, 4),
                a(ActionKind.TAPED_STEP, 5), a(ActionKind.ADJOINT_STEP, 5), a(ActionKind.RESTORE, 0),
                a(ActionKind.ADVANCE, 0), a(ActionKind.TAPED_STEP, 1), a(ActionKind.ADJOINT_STEP, 1),
                a(ActionKind.FREE_SNAPSHOT, 0));
        assertThat(ActionListing.lines(actions)).containsExactly(
                "take-snapshot 0", "advance 0–4", "taped-step 5", "adjoint-step 5", "restore 0", "advance 0",
                "taped-step 1", "adjoint-step 1", "free-snapshot 0");
    }

    @Test
    void aGapOrAnotherKindEndsARun() {
        List<ScheduleAction> actions = List.of(
                a(ActionKind.ADVANCE, 3), a(ActionKind.ADVANCE, 4), a(ActionKind.ADVANCE, 7), a(ActionKind.ADVANCE, 8),
                a(ActionKind.RESTORE, 2), a(ActionKind.ADVANCE, 2), a(ActionKind.ADVANCE, 3));
        assertThat(ActionListing.lines(actions)).containsExactly("advance 3–4", "advance 7–8", "restore 2", "advance 2–3");
    }

    @Test
    void otherActionsAreNeverFolded() {
        List<ScheduleAction> actions = List.of(a(ActionKind.TAPED_STEP, 0), a(ActionKind.TAPED_STEP, 1),
                a(ActionKind.ADJOINT_STEP, 1), a(ActionKind.ADJOINT_STEP, 0));
        assertThat(ActionListing.lines(actions)).containsExactly("taped-step 0", "taped-step 1", "adjoint-step 1",
                "adjoint-step 0");
        assertThat(ActionListing.lines(List.of())).isEmpty();
    }
}
