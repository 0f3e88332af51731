package org.autodiffbench.tck.broken;

import java.util.EnumSet;
import java.util.Set;
import org.autodiffbench.api.Operator;
import org.autodiffbench.tck.TangentTestEngine;

/** Lists vjp among its capabilities but has none. */
public class OverclaimingEngine extends TangentTestEngine {

    @Override
    public String id() {
        return "tck-overclaiming";
    }

    @Override
    public Set<Operator> capabilities() {
        return EnumSet.allOf(Operator.class);
    }
}
