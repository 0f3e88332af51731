package org.autodiffbench.reports.page;

import java.util.List;
import org.autodiffbench.reports.charts.Figure;

/** The charts of one kind (e.g. every time-vs-params chart), with what the kind shows. */
public record ChartSection(String heading, String description, List<Figure> figures) {

    public ChartSection {
        figures = List.copyOf(figures);
    }
}
