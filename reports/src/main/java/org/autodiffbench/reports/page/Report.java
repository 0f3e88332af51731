package org.autodiffbench.reports.page;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link ReportWriter} wrote.
 *
 * @param index the page to open, {@code index.html}
 * @param files every file written, the page, summary and CSV included
 * @param charts how many charts were drawn
 * @param warnings problems with the input that the page shows too, one line each
 */
public record Report(Path directory, Path index, List<Path> files, int charts, List<String> warnings) {

    public Report {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }
}
