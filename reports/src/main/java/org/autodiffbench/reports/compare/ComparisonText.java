package org.autodiffbench.reports.compare;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.autodiffbench.reports.analysis.Quantities;

/** A comparison as a table for people: failing rows first, then a summary and the result. */
public final class ComparisonText {

    private static final String[] HEADER = {"verdict", "ratio", "p", "old", "new", "measurement", "note"};

    private ComparisonText() {
    }

    public static void write(Comparison comparison, PrintWriter out) {
        out.println("old: " + comparison.oldRun().source() + " — " + comparison.oldRun().description());
        out.println("new: " + comparison.newRun().source() + " — " + comparison.newRun().description());
        out.println("criterion: " + comparison.criterion());
        comparison.notes().forEach(n -> out.println("note: " + n));
        out.println();
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (CellComparison row : comparison.rowsByVerdict()) {
            rows.add(new String[] {row.verdict().label(),
                row.ratio() == null ? "—" : String.format(Locale.ROOT, "%.3f", row.ratio()),
                row.pValue() == null ? "—" : String.format(Locale.ROOT, "%.2g", row.pValue()),
                time(row.oldMeasurement()), time(row.newMeasurement()), row.key(), row.note()});
        }
        int[] widths = new int[HEADER.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i == row.length - 1 ? row[i] : String.format(Locale.ROOT, "%-" + widths[i] + "s  ",
                        row[i]));
            }
            out.println(line.toString().stripTrailing());
        }
        out.println();
        out.println("summary: " + summary(comparison.counts()));
        out.println("result: " + (comparison.fails()
                ? "fails: " + String.join("; ", comparison.failures()) + " (exit code 1)"
                : "passes: no significant regression, no cell broken or missing"));
        out.flush();
    }

    /** E.g. {@code 1 regression, 0 broken, 0 improvement, …}, every verdict listed. */
    static String summary(Map<Verdict, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().label())
                .collect(Collectors.joining(", "));
    }

    private static String time(Measurement m) {
        if (m == null) {
            return "—";
        }
        return m.ok() && m.medianNs() != null ? Quantities.time(m.medianNs()) : m.outcome();
    }
}
