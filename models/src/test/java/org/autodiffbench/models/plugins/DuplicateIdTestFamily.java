package org.autodiffbench.models.plugins;

import org.autodiffbench.api.ApiVersion;

/** A plugin family that claims the id of a built-in family. */
public final class DuplicateIdTestFamily extends SquaresTestFamily {

    public DuplicateIdTestFamily() {
        super("mlp-width", ApiVersion.CURRENT);
    }
}
