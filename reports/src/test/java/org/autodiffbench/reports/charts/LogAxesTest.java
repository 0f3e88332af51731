package org.autodiffbench.reports.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.AttributedCharacterIterator;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.LogTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogAxesTest {

    /** The labels of the major ticks as plain text, e.g. "102" for 10 with superscript 2. */
    private static List<String> labels(LogAxis axis, RectangleEdge edge, double length) {
        BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = image.createGraphics();
        try {
            Rectangle2D area = new Rectangle2D.Double(0, 0, length, length);
            @SuppressWarnings("unchecked")
            List<LogTick> ticks = axis.refreshTicks(g2, new AxisState(), area, edge);
            return ticks.stream().filter(t -> t.getTickType() == TickType.MAJOR)
                    .map(t -> text(t.getAttributedLabel().getIterator())).toList();
        } finally {
            g2.dispose();
        }
    }

    private static String text(AttributedCharacterIterator it) {
        StringBuilder s = new StringBuilder();
        for (char c = it.first(); c != AttributedCharacterIterator.DONE; c = it.next()) {
            s.append(c);
        }
        return s.toString();
    }

    /** Every label is 10 with an integer exponent, at least two are shown, and the values span the data. */
    @ParameterizedTest
    @CsvSource({"380, 800", "36, 768", "0.028, 65000", "1.5, 1.6", "682, 85002", "1e-3, 2e-3", "9.9, 10.1"})
    void labelsOnlyWholePowersOfTenAndAtLeastTwo(double min, double max) {
        for (RectangleEdge edge : new RectangleEdge[] {RectangleEdge.LEFT, RectangleEdge.BOTTOM}) {
            LogAxis axis = LogAxes.axis("x");
            LogAxes.cover(axis, min, max);
            assertThat(axis.getLowerBound()).isLessThan(min);
            assertThat(axis.getUpperBound()).isGreaterThan(max);
            List<String> labels = labels(axis, edge, 500);
            assertThat(labels).hasSizeGreaterThanOrEqualTo(2);
            assertThat(labels).allMatch(l -> l.matches("10−?\\d+"), "integer exponents only");
        }
    }

    @ParameterizedTest
    @CsvSource({"1.0, 1e4, 100", "0.001, 0.1, 10"})
    void aWideRangeStillLabelsPowersOfTenOnly(double min, double max, double length) {
        LogAxis axis = LogAxes.axis("x");
        LogAxes.cover(axis, min, max);
        assertThat(labels(axis, RectangleEdge.LEFT, length)).allMatch(l -> l.matches("10−?\\d+"));
    }
}
