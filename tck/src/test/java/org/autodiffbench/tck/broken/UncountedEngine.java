package org.autodiffbench.tck.broken;

import org.autodiffbench.tck.TangentTestEngine;

/** Makes its sweeps but does not count them in its statistics. */
public class UncountedEngine extends TangentTestEngine {

    @Override
    public String id() {
        return "tck-uncounted";
    }

    @Override
    protected boolean countsSweeps() {
        return false;
    }
}
