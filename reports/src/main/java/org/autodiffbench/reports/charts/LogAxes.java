package org.autodiffbench.reports.charts;

import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;

/**
 * Base-10 logarithmic axes labelled only at whole powers of ten (10², 10³, …, never 10^0.5),
 * with unlabelled minor ticks at 2…9 times each power.
 */
public final class LogAxes {

    /** The least margin, in decades, so points do not sit on the frame. */
    private static final double MARGIN = 0.08;

    /** Decades by which a boundary is moved out so its own tick is drawn. */
    private static final double EDGE = 1e-9;

    private LogAxes() {
    }

    /** A new axis with the given label. */
    public static LogAxis axis(String label) {
        LogAxis axis = new LogAxis(label);
        axis.setBase(10);
        axis.setStandardTickUnits(decades());
        axis.setMinorTickMarksVisible(true);
        axis.setLabelFont(ChartLook.AXIS_LABEL_FONT);
        axis.setTickLabelFont(ChartLook.TICK_FONT.deriveFont(Font.PLAIN));
        axis.setSmallestValue(1e-300);
        return axis;
    }

    /**
     * Sets the axis range to the values from {@code min} to {@code max} with a small margin,
     * widened to whole decades where needed so that at least two powers of ten are labelled.
     */
    public static void cover(LogAxis axis, double min, double max) {
        if (!(min > 0) || !(max > 0) || !Double.isFinite(min) || !Double.isFinite(max)) {
            return;
        }
        double low = Math.log10(min);
        double high = Math.log10(max);
        double margin = Math.max(MARGIN, 0.05 * (high - low));
        low -= margin;
        high += margin;
        if (Math.ceil(low) > Math.floor(high)) {
            // No power of ten inside: widen to the decade around the values.
            low = Math.floor(low);
            high = Math.ceil(high);
        } else if (Math.ceil(low) == Math.floor(high)) {
            // One power of ten inside: widen to the nearer of its neighbours.
            double below = low - (Math.ceil(low) - 1);
            double above = Math.floor(high) + 1 - high;
            if (below <= above) {
                low = Math.ceil(low) - 1;
            } else {
                high = Math.floor(high) + 1;
            }
        }
        // LogAxis takes logarithms as ln(v)/ln(10), a hair below the exact exponent: pad so a
        // power of ten on the boundary is still labelled.
        axis.setRange(Math.pow(10, low - EDGE), Math.pow(10, high + EDGE));
    }

    /**
     * Exponent steps of 1, 2, 3, 5 or 10 decades, printed as integers. With one decade per
     * label, the minor ticks fall at 2·10^k … 9·10^k.
     */
    private static TickUnits decades() {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setMinusSign('−');
        DecimalFormat integer = new DecimalFormat("0", symbols);
        TickUnits units = new TickUnits();
        units.add(new NumberTickUnit(1, integer, 9));
        for (int step : new int[] {2, 3, 5, 10}) {
            units.add(new NumberTickUnit(step, integer, 1));
        }
        return units;
    }
}
