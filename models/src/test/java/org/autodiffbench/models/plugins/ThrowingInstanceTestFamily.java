package org.autodiffbench.models.plugins;

import java.util.Map;
import org.autodiffbench.api.ApiVersion;
import org.autodiffbench.models.ModelInstance;

/** A plugin family that loads and describes itself but throws when asked for a model. */
public final class ThrowingInstanceTestFamily extends SquaresTestFamily {

    public static final String ID = "test-throwing-instance";
    public static final String MESSAGE = "the data set test.csv is missing";

    public ThrowingInstanceTestFamily() {
        super(ID, ApiVersion.CURRENT);
    }

    @Override
    public ModelInstance instance(int size, Map<String, String> options, long seed) {
        throw new IllegalStateException(MESSAGE);
    }
}
