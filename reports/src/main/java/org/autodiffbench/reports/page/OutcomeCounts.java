package org.autodiffbench.reports.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.autodiffbench.results.CellResult;
import org.autodiffbench.results.Outcome;

/** How many cells ended with each outcome, every outcome listed (zeros too, so nothing looks hidden). */
final class OutcomeCounts {

    private OutcomeCounts() {
    }

    static Map<String, Integer> of(List<CellResult> cells) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome.label(), 0);
        }
        for (CellResult cell : cells) {
            counts.merge(label(cell), 1, Integer::sum);
        }
        return counts;
    }

    /** E.g. {@code ok 35 · disagrees 0 · failed 1 · …}. */
    static String line(List<CellResult> cells) {
        return of(cells).entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(" · "));
    }

    static String label(CellResult cell) {
        return cell.outcome() == null ? "no outcome" : cell.outcome().label();
    }
}
