package org.autodiffbench.benchmarks;

import java.util.Locale;

/**
 * One row of a targets table: a measured value (a ratio of two times, or bytes per call) against
 * its limit. A row whose baseline does not exist (a family without a hand-written derivative)
 * cannot be checked, and says so; a value that was not measured (NaN) misses its target.
 *
 * @param target what is checked, e.g. "compiled reverse gradient / hand gradient"
 * @param model the model parameter of the row
 * @param figures the measurements behind the value, for the reader
 */
record TargetCheck(String target, String model, String figures, double value, double limit, boolean checkable) {

    /** The verdict of each kind of row, as the table prints it. */
    enum Verdict {
        MET("met"), MISSED("MISSED"), NO_BASELINE("no baseline");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** {@code measured / baseline ≤ limit}; a row that cannot be checked when there is no baseline to measure. */
    static TargetCheck ratio(String target, String model, double measured, double baseline, double limit,
            boolean baselineExists, String figures) {
        return new TargetCheck(target, model, figures, measured / baseline, limit, baselineExists);
    }

    /** {@code bytes ≤ limit} per call. */
    static TargetCheck allocation(String target, String model, double bytes, double limit) {
        return new TargetCheck(target, model, Double.isNaN(bytes) ? "not measured" : "", bytes, limit, true);
    }

    Verdict verdict() {
        if (!checkable) {
            return Verdict.NO_BASELINE;
        }
        return value <= limit ? Verdict.MET : Verdict.MISSED;
    }

    /** The row in the Markdown table of {@link CompiledEnginesTargets}. */
    String row() {
        String shown = !checkable || Double.isNaN(value) ? "—" : String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.2f", value);
        return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |", target, model, figures, shown,
                String.format(Locale.ROOT, limit >= 10 ? "%.0f" : "%.2f", limit), verdict());
    }
}
