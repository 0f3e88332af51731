package org.autodiffbench.reports.analysis;

/**
 * A cell that finished {@code ok} but has no drawable value for a chart, and why: it is left out
 * of the chart (never drawn as zero) and listed beside it.
 */
public record Absence(String cellId, String series, double x, String reason) {
}
