package org.autodiffbench.models.plugins;

/** A plugin family that constructor throws. */
public final class ThrowingConstructorTestFamily extends SquaresTestFamily {

    public ThrowingConstructorTestFamily() {
        throw new IllegalStateException("no data set found");
    }
}
