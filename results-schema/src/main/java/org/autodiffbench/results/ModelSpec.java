package org.autodiffbench.results;

import java.util.Map;

/**
 * Which model a cell differentiates: a family at a size, with its options and the seed of its
 * point (and graph, for a random family). Every cell and baseline of one model shares it.
 *
 * @param options the family's options as the campaign gives them, e.g. {@code width=64}
 */
public record ModelSpec(String family, int size, Map<String, String> options, long seed) {

    public ModelSpec {
        options = OptionMaps.copy(options);
    }

    /** The options as {@code k=v,…} in key order, empty when there are none: for people and ids, never parsed. */
    public String optionsLabel() {
        return OptionMaps.label(options);
    }

    /**
     * {@code family|size|options}, e.g. {@code mlp-depth|64|width=64}: the key of the model's
     * baseline, stable across runs and schema versions.
     */
    public String key() {
        return family + "|" + size + "|" + optionsLabel();
    }

    /** E.g. {@code mlp-depth[width=64]}: the family with its options, without the size. */
    public String familyLabel() {
        return options.isEmpty() ? family : family + "[" + optionsLabel() + "]";
    }
}
