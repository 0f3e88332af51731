package org.autodiffbench.harness.cli;

import java.math.BigDecimal;
import java.math.MathContext;

/** Writes numbers for tables: twelve significant digits, no trailing zeros. */
final class NumberText {

    private static final MathContext TWELVE_DIGITS = new MathContext(12);

    private NumberText() {
    }

    static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == 0.0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(TWELVE_DIGITS).stripTrailingZeros();
        int magnitude = rounded.precision() - rounded.scale() - 1;
        return magnitude >= -4 && magnitude < 12 ? rounded.toPlainString() : rounded.toString();
    }
}
