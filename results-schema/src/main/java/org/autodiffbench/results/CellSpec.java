package org.autodiffbench.results;

import java.util.Map;
import org.autodiffbench.api.Operator;

/**
 * One measurement a campaign plans, from the campaign file to the chart: an engine with its
 * options, on a model, for one operator. The same record is planned, sent to the cell's JVM and
 * its JMH fork, and kept in the result; nothing about a cell travels beside it.
 *
 * @param engine the engine's id
 * @param engineOptions the options as the engine receives them ({@code "sqrt"} in a campaign file
 *     is a number here)
 * @param seriesOptions the options as the campaign file wrote them, so that one option set is one
 *     series across sizes
 */
public record CellSpec(String engine, Map<String, String> engineOptions, Map<String, String> seriesOptions,
                       ModelSpec model, Operator operator) {

    public CellSpec {
        engineOptions = OptionMaps.copy(engineOptions);
        seriesOptions = OptionMaps.copy(seriesOptions);
    }

    /** A cell whose options were written as they run. */
    public CellSpec(String engine, Map<String, String> engineOptions, ModelSpec model, Operator operator) {
        this(engine, engineOptions, engineOptions, model, operator);
    }

    /**
     * A key unique within a campaign and stable across runs and schema versions, e.g.
     * {@code checkpointed[schedule=binomial,snapshots=8]|mlp-depth[width=64]|64|gradient}: what a
     * resumed run and a comparison match on.
     */
    public String id() {
        String engineLabel = engineOptions.isEmpty() ? engine : engine + "[" + OptionMaps.label(engineOptions) + "]";
        return engineLabel + "|" + model.familyLabel() + "|" + model.size() + "|" + operator.label();
    }

    /** The series label: the engine and its options as written, e.g. {@code checkpointed[snapshots=sqrt]}. */
    public String series() {
        return seriesOptions.isEmpty() ? engine : engine + "[" + OptionMaps.label(seriesOptions) + "]";
    }
}
