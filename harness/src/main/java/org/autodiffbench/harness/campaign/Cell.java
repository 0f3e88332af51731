package org.autodiffbench.harness.campaign;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.Operator;

/**
 * One measurement a campaign plans: an engine with its options, on a model at a size, for one
 * operator. {@code options} are resolved ("sqrt" in a campaign file is a number here);
 * {@code seriesOptions} are as the file wrote them, so that one option set is one series
 * across sizes.
 */
public record Cell(String engine, EngineOptions options, EngineOptions seriesOptions, String model, int size,
                   Map<String, String> modelOptions, Operator operator) {

    public Cell {
        modelOptions = Map.copyOf(modelOptions);
    }

    /** A cell whose options were written as they run. */
    public Cell(String engine, EngineOptions options, String model, int size, Map<String, String> modelOptions,
                Operator operator) {
        this(engine, options, options, model, size, modelOptions, operator);
    }

    /**
     * The engine and its options as written, one label per series, e.g.
     * {@code checkpointed[schedule=binomial,snapshots=sqrt]}.
     */
    public String series() {
        return seriesOptions.isEmpty() ? engine : engine + "[" + seriesOptions + "]";
    }

    /** The model options as {@code k=v,…} in key order, empty when there are none. */
    public String modelOptionsLabel() {
        return new TreeMap<>(modelOptions).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }

    /** A key unique within a campaign and stable across runs of it: what a resumed run matches on. */
    public String id() {
        return (options.isEmpty() ? engine : engine + "[" + options + "]") + "|" + model + (modelOptions.isEmpty() ? "" : "[" + modelOptionsLabel() + "]") + "|" + size
                + "|" + operator.label();
    }
}
