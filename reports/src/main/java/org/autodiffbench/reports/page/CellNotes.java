package org.autodiffbench.reports.page;

import org.autodiffbench.reports.analysis.Measure;
import org.autodiffbench.results.CellResult;

/**
 * What the table says about a cell beyond its outcome: why an {@code ok} cell is missing from the
 * charts, and why its timing is not to be read as a measurement.
 */
final class CellNotes {

    private CellNotes() {
    }

    /** The note for a cell, or the empty string. */
    static String of(CellResult cell) {
        if (cell.outcome() == null) {
            return "no outcome recorded; not charted";
        }
        if (!cell.ok()) {
            return "";
        }
        String absence = Measure.TIME.absence(cell);
        String unreliable = cell.flagged() ? "unreliable timing: " + cell.unreliableReasons() : "";
        if (absence == null) {
            return unreliable;
        }
        return absence + "; not charted" + (unreliable.isEmpty() ? "" : "; " + unreliable);
    }
}
