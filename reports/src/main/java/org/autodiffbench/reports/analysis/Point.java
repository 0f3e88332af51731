package org.autodiffbench.reports.analysis;

/**
 * One charted value with its spread, and the cell (or baseline) it came from.
 *
 * @param low the lower end of the spread, equal to {@code y} when there is none
 * @param source the cell id or baseline key, to trace a point back to the table
 */
public record Point(double x, double y, double low, double high, String source) {
}
