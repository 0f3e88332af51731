package org.autodiffbench.harness.schedule;

import java.util.ArrayList;
import java.util.List;
import org.autodiffbench.api.checkpoint.ActionKind;
import org.autodiffbench.api.checkpoint.ScheduleAction;

/**
 * A schedule's actions one line each, with each run of advances over consecutive stages folded
 * into one line: {@code advance 0–4} stands for advancing stages 0, 1, 2, 3 and 4.
 */
public final class ActionListing {

    private ActionListing() {
    }

    /** The lines, in the order of the actions. */
    public static List<String> lines(List<ScheduleAction> actions) {
        List<String> lines = new ArrayList<>();
        int i = 0;
        while (i < actions.size()) {
            ScheduleAction action = actions.get(i);
            int end = i + 1;
            if (action.kind() == ActionKind.ADVANCE) {
                while (end < actions.size() && actions.get(end).kind() == ActionKind.ADVANCE
                        && actions.get(end).stage() == actions.get(end - 1).stage() + 1) {
                    end++;
                }
            }
            int last = actions.get(end - 1).stage();
            lines.add(action.kind().label() + " " + action.stage() + (end - i > 1 ? "–" + last : ""));
            i = end;
        }
        return lines;
    }
}
