package org.autodiffbench.tck;

import org.autodiffbench.api.graph.Graph;

/** A small graph the kit differentiates, the point it differentiates it at, and a label for reports. */
record GraphCase(String label, Graph graph, double[] point) {

    @Override
    public String toString() {
        return label;
    }
}
