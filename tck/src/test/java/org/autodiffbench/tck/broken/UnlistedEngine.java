package org.autodiffbench.tck.broken;

import org.autodiffbench.tck.TangentTestEngine;

/** A correct engine that its jar forgets to list in META-INF/services. */
public class UnlistedEngine extends TangentTestEngine {

    @Override
    public String id() {
        return "tck-unlisted";
    }
}
