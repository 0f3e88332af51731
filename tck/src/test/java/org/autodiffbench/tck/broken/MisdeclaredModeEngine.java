package org.autodiffbench.tck.broken;

import org.autodiffbench.api.EngineMode;
import org.autodiffbench.tck.TangentTestEngine;

/** Sweeps tangents, one per input, but declares reverse mode: reports would draw it a reverse-mode theory. */
public class MisdeclaredModeEngine extends TangentTestEngine {

    @Override
    public String id() {
        return "tck-misdeclared-mode";
    }

    @Override
    public EngineMode mode() {
        return EngineMode.REVERSE;
    }
}
