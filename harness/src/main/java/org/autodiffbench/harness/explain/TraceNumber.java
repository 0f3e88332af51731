package org.autodiffbench.harness.explain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Writes trace values as the literature does: six decimals at most, no trailing zeros. */
final class TraceNumber {

    private TraceNumber() {
    }

    static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }
}
