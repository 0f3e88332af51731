package org.autodiffbench.reports.analysis;

import java.util.Locale;

/** Numbers as people read them in tables and sentences: times and bytes with a unit, ratios, slopes. */
public final class Quantities {

    /** What a fitted power without a slope interval is told apart by. */
    public static final String NO_INTERVAL = "(no interval: fewer than 3 sizes)";

    private static final String[] TIME_UNITS = {"ns", "µs", "ms", "s"};
    private static final String[] BYTE_UNITS = {"B", "KiB", "MiB", "GiB", "TiB"};

    private Quantities() {
    }

    /** A time in nanoseconds with the unit that keeps the number below 1000, e.g. {@code 11.7 µs}. */
    public static String time(double ns) {
        if (!Double.isFinite(ns)) {
            return String.valueOf(ns);
        }
        double value = ns;
        int unit = 0;
        while (Math.abs(value) >= 1000 && unit < TIME_UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        return threeDigits(value) + " " + TIME_UNITS[unit];
    }

    /** A byte count with a binary unit, e.g. {@code 27.0 KiB}; whole bytes below 1 KiB. */
    public static String bytes(double bytes) {
        if (!Double.isFinite(bytes)) {
            return String.valueOf(bytes);
        }
        double value = bytes;
        int unit = 0;
        while (Math.abs(value) >= 1024 && unit < BYTE_UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return (unit == 0 ? String.format(Locale.ROOT, "%.0f", value) : threeDigits(value)) + " " + BYTE_UNITS[unit];
    }

    /** A number with three significant digits, e.g. {@code 2.23}, {@code 11.7}, {@code 540}. */
    public static String threeDigits(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 100 || magnitude == 0) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        if (magnitude >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        if (magnitude >= 0.01) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return String.format(Locale.ROOT, "%.2g", value);
    }

    /** A count with thousands separators, e.g. {@code 1,126,410}. */
    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** A fitted exponent or slope with two decimals, e.g. {@code 1.98}. */
    public static String slope(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.2f", value) : "—";
    }

    /**
     * A fitted power such as {@code P^1.98 ± 0.04}; when the interval is unknown (a line through
     * two sizes has none) it says so, e.g. {@code P^1.98 (no interval: fewer than 3 sizes)}, so
     * that two points never read as a law.
     */
    public static String power(String base, double exponent, double halfWidth) {
        return base + "^" + slope(exponent)
                + (Double.isFinite(halfWidth) ? String.format(Locale.ROOT, " ± %.2f", halfWidth) : " " + NO_INTERVAL);
    }
}
