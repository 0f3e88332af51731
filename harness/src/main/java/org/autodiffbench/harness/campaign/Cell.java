package org.autodiffbench.harness.campaign;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.Operator;

/**
 * One measurement a campaign plans: an engine with its options, on a model at a size, for one
 * operator. Options given as "sqrt" in a campaign file are already resolved to numbers here.
 */
public record Cell(String engine, EngineOptions options, String model, int size, Map<String, String> modelOptions,
                   Operator operator) {

    public Cell {
        modelOptions = Map.copyOf(modelOptions);
    }

    /** The engine and its options as one label, e.g. {@code checkpointed[schedule=binomial,snapshots=8]}. */
    public String series() {
        return options.isEmpty() ? engine : engine + "[" + options + "]";
    }

    /** The model options as {@code k=v,…} in key order, empty when there are none. */
    public String modelOptionsLabel() {
        return new TreeMap<>(modelOptions).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }

    /** A key unique within a campaign and stable across runs of it: what a resumed run matches on. */
    public String id() {
        return series() + "|" + model + (modelOptions.isEmpty() ? "" : "[" + modelOptionsLabel() + "]") + "|" + size
                + "|" + operator.label();
    }
}
