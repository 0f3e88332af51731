package org.autodiffbench.tck.broken;

import org.autodiffbench.tck.families.SquaresFamily;

/** Builds any positive size, though its range ends at 6, and refuses 0 without naming the range. */
public final class UncheckedRangeFamily extends SquaresFamily {

    @Override
    protected void checkSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("bad size");
        }
    }
}
