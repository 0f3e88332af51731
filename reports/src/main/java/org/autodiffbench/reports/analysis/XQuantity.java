package org.autodiffbench.reports.analysis;

/**
 * What a family's charts put on the x axis: the parameter count P, or, for a family whose
 * parameter count does not change with its size (an ODE with four parameters over more and more
 * time steps), the size itself.
 */
public enum XQuantity {
    PARAMS("parameters P", "P"),
    SIZE("size", "size");

    private final String axisLabel;
    private final String symbol;

    XQuantity(String axisLabel, String symbol) {
        this.axisLabel = axisLabel;
        this.symbol = symbol;
    }

    public String axisLabel() {
        return axisLabel;
    }

    /** The short name used in formulas such as {@code P^1.98}. */
    public String symbol() {
        return symbol;
    }
}
