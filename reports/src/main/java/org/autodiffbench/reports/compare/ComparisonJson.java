package org.autodiffbench.reports.compare;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A comparison as JSON for programs: the runs, the criterion, one object per measurement, the counts. */
public final class ComparisonJson {

    private ComparisonJson() {
    }

    public static ObjectNode of(Comparison comparison) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        run(root.putObject("old"), comparison.oldRun());
        run(root.putObject("new"), comparison.newRun());
        root.put("threshold", comparison.threshold());
        root.put("alpha", Comparison.ALPHA);
        root.put("test", "Mann-Whitney U, two-sided, on per-iteration samples");
        ArrayNode notes = root.putArray("notes");
        comparison.notes().forEach(notes::add);
        ArrayNode rows = root.putArray("measurements");
        for (CellComparison c : comparison.rows()) {
            ObjectNode row = rows.addObject();
            row.put("key", c.key());
            row.put("verdict", c.verdict().label());
            putNumber(row, "ratio", c.ratio());
            putNumber(row, "pValue", c.pValue());
            measurement(row, "old", c.oldMeasurement());
            measurement(row, "new", c.newMeasurement());
            row.put("note", c.note());
        }
        ObjectNode counts = root.putObject("counts");
        comparison.counts().forEach((verdict, n) -> counts.put(verdict.label(), n));
        root.put("fails", comparison.fails());
        ArrayNode failures = root.putArray("failures");
        comparison.failures().forEach(failures::add);
        return root;
    }

    private static void run(ObjectNode node, RunMeasurements run) {
        node.put("source", run.source());
        node.put("kind", run.jmh() ? "jmh" : "results");
        node.put("description", run.description());
        if (!run.jmh()) {
            node.put("cells", run.cells());
            node.put("plannedCells", run.plannedCells());
        }
    }

    private static void measurement(ObjectNode row, String prefix, Measurement m) {
        if (m == null) {
            row.putNull(prefix + "Outcome");
            return;
        }
        row.put(prefix + "Outcome", m.outcome());
        putNumber(row, prefix + "MedianNs", m.medianNs());
        row.put(prefix + "Samples", m.samplesNs().size());
    }

    private static void putNumber(ObjectNode node, String name, Double value) {
        if (value == null || !Double.isFinite(value)) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
    }
}
