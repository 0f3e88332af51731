package org.autodiffbench.reports.charts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.autodiffbench.reports.analysis.Absence;
import org.autodiffbench.reports.analysis.Family;
import org.autodiffbench.reports.analysis.Quantities;
import org.autodiffbench.reports.analysis.XQuantity;
import org.autodiffbench.results.CellResult;

/** The notes beside a chart about what it does not show: never silently dropped, never drawn as zero. */
final class OmissionNotes {

    private OmissionNotes() {
    }

    /** One note per series and reason, e.g. {@code reverse: median time is NaN (P = 8,970) — not charted}. */
    static List<String> absences(List<Absence> absences, XQuantity x) {
        Map<String, List<Absence>> grouped = new LinkedHashMap<>();
        absences.forEach(a -> grouped.computeIfAbsent(a.series() + "\u0000" + a.reason(), k -> new ArrayList<>()).add(a));
        List<String> notes = new ArrayList<>();
        for (List<Absence> group : grouped.values()) {
            String where = group.stream().map(a -> Quantities.count(Math.round(a.x()))).distinct()
                    .collect(Collectors.joining(", "));
            notes.add(group.get(0).series() + ": " + group.get(0).reason() + " (" + x.symbol() + " = " + where
                    + ") — not charted");
        }
        return notes;
    }

    /** A note counting the family's cells that did not end {@code ok}, by outcome, or none. */
    static List<String> notOk(Family family) {
        return notOk(family.cells());
    }

    static List<String> notOk(List<CellResult> cells) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        cells.stream().filter(c -> !c.ok())
                .forEach(c -> counts.merge(c.outcome() == null ? "without outcome" : c.outcome().label(), 1,
                        Integer::sum));
        if (counts.isEmpty()) {
            return List.of();
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        String byOutcome = counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
        return List.of(total == 1
                ? "1 cell not ok (" + byOutcome + ") carries no trusted timing and is not charted; see the table"
                        + " of cells"
                : total + " cells not ok (" + byOutcome + ") carry no trusted timing and are not charted; see the"
                        + " table of cells");
    }
}
