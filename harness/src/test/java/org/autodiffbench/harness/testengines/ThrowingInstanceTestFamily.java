package org.autodiffbench.harness.testengines;

import java.util.Map;
import org.autodiffbench.api.ApiVersion;
import org.autodiffbench.models.ModelFamily;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.models.SizeRange;

/** A plugin model family that loads and describes itself but throws when asked for a model. */
public final class ThrowingInstanceTestFamily implements ModelFamily {

    public static final String ID = "test-throwing-instance";
    public static final String FAILURE = "IllegalStateException: the data set test.csv is missing";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public String description() {
        return "a family whose data set is missing";
    }

    @Override
    public SizeRange sizes() {
        return new SizeRange(1, 8, "number of inputs n");
    }

    @Override
    public ModelInstance instance(int size, Map<String, String> options, long seed) {
        throw new IllegalStateException("the data set test.csv is missing");
    }
}
