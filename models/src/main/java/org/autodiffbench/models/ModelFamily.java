package org.autodiffbench.models;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.autodiffbench.api.OptionSpec;

/**
 * A named, sized generator of graphs: one family, many sizes. What "size" means is the family's
 * own (inputs of a random DAG, hidden width of an MLP, number of stages, …); {@link #sizes()}
 * says.
 *
 * <p>A service-provider interface: a plugin jar lists its families in
 * {@code META-INF/services/org.autodiffbench.models.ModelFamily}, and {@link FamilyRegistry}
 * finds them on the class path and in plugin folders, as engines are found. A provider needs a
 * public no-argument constructor.
 */
public interface ModelFamily {

    /**
     * The id used on the command line and in campaigns, e.g. {@code "mlp-width"}: letters, digits,
     * '.', '_' and '-'.
     */
    String id();

    /** The API version the family was built for: {@link org.autodiffbench.api.ApiVersion#CURRENT} when it was built. */
    int apiVersion();

    /** One sentence on the function the family computes. */
    String description();

    /** The sizes the family accepts and what a size means. */
    SizeRange sizes();

    /**
     * What a size means at these options, e.g. "batch size B": what reports name a size by.
     * The default is {@link #sizes()}'s meaning; a family whose options change what its size
     * counts says so here.
     */
    default String sizeMeaning(Map<String, String> options) {
        return sizes().meaning();
    }

    /** The options {@link #instance} accepts. */
    default List<OptionSpec> options() {
        return List.of();
    }

    /**
     * Builds the family's model at one size.
     *
     * @param seed seeds the input point (and the graph, for a random family)
     * @throws IllegalArgumentException naming the valid range for a size out of range, or an unknown option
     */
    ModelInstance instance(int size, Map<String, String> options, long seed);

    /**
     * What the model at this size would take, from the size and the options alone, without
     * building it: so that a caller can refuse a model that cannot fit in the heap before
     * allocating any of it. Empty when the family cannot tell (its models are small).
     *
     * @throws IllegalArgumentException as {@link #instance} does, for a size out of range or a bad option
     */
    default Optional<ModelFootprint> footprint(int size, Map<String, String> options) {
        return Optional.empty();
    }

    /** The model at one size with default options. */
    default ModelInstance instance(int size, long seed) {
        return instance(size, Map.of(), seed);
    }
}
