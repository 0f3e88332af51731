package org.autodiffbench.harness.gradbench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.autodiffbench.models.gradbench.GmmFamily;

/**
 * GradBench's {@code gmm} module on the {@code gb-gmm} family: {@code objective}, the log
 * posterior, and {@code jacobian}, its gradient as the README's Independent object. An input whose
 * residuals N·K·D exceed what one graph may hold is refused.
 */
public final class GmmModule implements GradBenchModule {

    static final String OBJECTIVE = "objective";
    static final String JACOBIAN = "jacobian";

    @Override
    public String name() {
        return "gmm";
    }

    @Override
    public String family() {
        return GmmFamily.ID;
    }

    @Override
    public List<String> functions() {
        return List.of(OBJECTIVE, JACOBIAN);
    }

    @Override
    public GradBenchTask task(String function, JsonNode input) {
        if (!functions().contains(function)) {
            throw new IllegalArgumentException("gmm has no function '" + function + "'; it has objective and jacobian");
        }
        return new GmmTask(function, GmmInput.read(input));
    }
}
