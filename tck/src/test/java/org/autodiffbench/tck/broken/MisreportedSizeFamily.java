package org.autodiffbench.tck.broken;

import org.autodiffbench.tck.families.SquaresFamily;

/** Builds n inputs but reports the size as n + 1. */
public final class MisreportedSizeFamily extends SquaresFamily {

    @Override
    protected int reportedSize(int size) {
        return size + 1;
    }
}
