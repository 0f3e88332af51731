package org.autodiffbench.reports.analysis;

import org.autodiffbench.results.CellResult;
import org.autodiffbench.results.Timing;

/**
 * A quantity charted per cell, read from a cell record as the results recorded it (a ratio is
 * the one the results computed, never divided again here). A value that is missing, not finite
 * or not positive cannot be drawn on a logarithmic axis; {@link #absence} says why, so the report
 * can list it instead of drawing a zero.
 */
public enum Measure {
    TIME("time per call", "median time") {
        @Override
        Double raw(CellResult cell) {
            return cell.medianNs();
        }

        @Override
        double[] spread(CellResult cell, double value) {
            return timingSpread(cell.timing(), value, 1);
        }
    },
    RATIO_TO_PRIMAL("time ÷ primal time", "ratio to the primal") {
        @Override
        Double raw(CellResult cell) {
            return cell.baselines() == null ? null : cell.baselines().ratioToPrimal();
        }

        @Override
        double[] spread(CellResult cell, double value) {
            Double primal = cell.baselines() == null ? null : cell.baselines().primalNs();
            return primal == null || !(primal > 0) ? new double[] {value, value}
                    : timingSpread(cell.timing(), value, primal);
        }
    },
    RETAINED_BYTES("retained bytes", "retained bytes") {
        @Override
        Double raw(CellResult cell) {
            return cell.statistics() == null ? null : (double) cell.statistics().retainedBytes();
        }
    },
    ALLOC_BYTES("allocation per call", "gc.alloc.rate.norm") {
        @Override
        Double raw(CellResult cell) {
            return cell.timing() == null ? null : cell.timing().allocBytesPerCall();
        }
    },
    PREPARATION("time to prepare", "preparation time") {
        @Override
        Double raw(CellResult cell) {
            return cell.preparation() == null ? null : cell.preparation().medianNs();
        }
    },
    FIRST_PREPARATION("time of the first prepare", "first preparation time") {
        @Override
        Double raw(CellResult cell) {
            return cell.preparation() == null ? null : cell.preparation().firstNs();
        }
    };

    private final String label;
    private final String field;

    Measure(String label, String field) {
        this.label = label;
        this.field = field;
    }

    public String label() {
        return label;
    }

    /** The recorded value, or null when the cell has none. */
    abstract Double raw(CellResult cell);

    /** The spread {low, high} around a drawable value; by default none. */
    double[] spread(CellResult cell, double value) {
        return new double[] {value, value};
    }

    /** The cell as a point at {@code x}, or null when the value cannot be drawn on a log axis. */
    public Point point(CellResult cell, double x) {
        Double value = raw(cell);
        if (value == null || !Double.isFinite(value) || value <= 0) {
            return null;
        }
        double[] spread = spread(cell, value);
        return new Point(x, value, spread[0], spread[1], cell.id());
    }

    /** Why the cell has no point, or null when it has one. */
    public String absence(CellResult cell) {
        Double value = raw(cell);
        if (value == null) {
            return cell.timing() == null && this != RETAINED_BYTES ? "no timing recorded" : "no " + field + " recorded";
        }
        if (!Double.isFinite(value)) {
            return field + " is " + value;
        }
        if (value <= 0) {
            return field + " is " + (value == 0 ? "0" : value) + ", which a logarithmic axis cannot show";
        }
        return null;
    }

    /**
     * The low and high ends of a timing's spread, divided by {@code scale}: JMH's minimum and
     * maximum iteration, kept only when they are finite, positive and bracket the value.
     */
    static double[] timingSpread(Timing timing, double value, double scale) {
        if (timing == null) {
            return new double[] {value, value};
        }
        double low = timing.minNs() / scale;
        double high = timing.maxNs() / scale;
        boolean usable = Double.isFinite(low) && Double.isFinite(high) && low > 0 && low <= value && high >= value;
        return usable ? new double[] {low, high} : new double[] {value, value};
    }
}
