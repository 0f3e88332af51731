package org.autodiffbench.models.plugins;

import org.autodiffbench.api.ApiVersion;

/** A plugin family that was built for the API version after this one. */
public final class OtherApiVersionTestFamily extends SquaresTestFamily {

    public OtherApiVersionTestFamily() {
        super("test-future", ApiVersion.CURRENT + 1);
    }
}
