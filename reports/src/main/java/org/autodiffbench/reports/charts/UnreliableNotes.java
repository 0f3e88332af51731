package org.autodiffbench.reports.charts;

import java.util.List;
import org.autodiffbench.reports.analysis.Family;
import org.autodiffbench.reports.analysis.Quantities;
import org.autodiffbench.results.CellResult;

/** The notes beside a chart about the points it draws from cells flagged unreliable, and why they were. */
final class UnreliableNotes {

    private UnreliableNotes() {
    }

    /** One note per charted cell that was flagged, e.g. {@code reverse at P = 330 rests on a cell flagged unreliable: load 3.1 on 2 CPUs at start}. */
    static List<String> of(Family family, List<CellResult> charted, String what) {
        return charted.stream().filter(CellResult::flagged)
                .map(c -> what + " of " + c.series() + " at " + family.xQuantity().symbol() + " = "
                        + Quantities.count(Math.round(family.x(c))) + " rests on a cell flagged unreliable: "
                        + c.unreliableReasons())
                .toList();
    }
}
