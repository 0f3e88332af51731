package org.autodiffbench.tck.broken;

import java.util.EnumSet;
import java.util.Set;
import org.autodiffbench.api.Operator;
import org.autodiffbench.tck.TangentTestEngine;

/** Leaves jvp out of its capabilities but answers it anyway. */
public class UnofferedJvpEngine extends TangentTestEngine {

    @Override
    public String id() {
        return "tck-unoffered-jvp";
    }

    @Override
    public Set<Operator> capabilities() {
        return EnumSet.of(Operator.VALUE, Operator.GRADIENT, Operator.JACOBIAN);
    }
}
