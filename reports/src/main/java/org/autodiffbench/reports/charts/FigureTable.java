package org.autodiffbench.reports.charts;

import java.util.List;

/** The numbers behind a chart, as a header and rows of text. */
public record FigureTable(List<String> header, List<List<String>> rows) {

    public FigureTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
