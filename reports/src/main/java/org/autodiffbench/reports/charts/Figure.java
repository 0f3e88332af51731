package org.autodiffbench.reports.charts;

import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * One chart of the report with what the page says about it.
 *
 * @param fileBase the file name without extension, e.g. {@code time-vs-params-mlp-width}
 * @param reading a short plain-language reading of the chart, generated from the data
 * @param notes what the chart leaves out and why (cells without a drawable value, cells not ok)
 * @param table the numbers behind the chart where the page shows them, or null
 */
public record Figure(String fileBase, String title, JFreeChart chart, int width, int height, String reading,
                     List<String> notes, FigureTable table) {

    public Figure {
        notes = List.copyOf(notes);
    }
}
