package org.autodiffbench.models.plugins;

import org.autodiffbench.api.ApiVersion;

/** A plugin family that has an id with a character ids may not hold. */
public final class InvalidIdTestFamily extends SquaresTestFamily {

    public InvalidIdTestFamily() {
        super("bad|id", ApiVersion.CURRENT);
    }
}
