package org.autodiffbench.tck.broken;

import org.autodiffbench.tck.TangentTestEngine;

/** Adds its derivatives into the caller's arrays instead of writing them. */
public class AccumulatingEngine extends TangentTestEngine {

    @Override
    public String id() {
        return "tck-accumulating";
    }

    @Override
    protected void write(double[] target, int index, double derivative) {
        target[index] += derivative;
    }
}
