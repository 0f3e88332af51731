package org.autodiffbench.harness.runner;

import java.util.Map;
import org.autodiffbench.harness.campaign.TimingSettings;

/**
 * What a baseline's JVM is asked to do: time one model's primal and, where the family has one,
 * its hand-written derivative. Sent to {@link CellProcess} as JSON.
 */
record BaselineTask(String model, int size, Map<String, String> modelOptions, long seed,
                           TimingSettings timing, String jmhFile) {

    public BaselineTask {
        modelOptions = Map.copyOf(modelOptions);
    }
}
