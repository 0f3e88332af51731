package org.autodiffbench.models.plugins;

/** A plugin family that calls System.exit in its constructor. */
public final class ExitingConstructorTestFamily extends SquaresTestFamily {

    public ExitingConstructorTestFamily() {
        System.exit(3);
    }
}
