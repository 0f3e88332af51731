package org.autodiffbench.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;
import org.autodiffbench.models.ModelFamilies;
import org.autodiffbench.models.ModelInstance;

/**
 * A model as one benchmark parameter names it: {@code family:size}, or
 * {@code family:size:option=value,option=value} for a family with options, e.g.
 * {@code ode-chain:1000} or {@code jacobian:8:outputs=8}.
 */
record ModelParam(String family, int size, Map<String, String> options) {

    /** The seed of every model a benchmark builds, so that a table's rows measure the same point. */
    static final long SEED = 1L;

    private static final String FORM = "family:size or family:size:option=value,…, e.g. ode-chain:1000";

    ModelParam {
        options = Map.copyOf(options);
    }

    /**
     * Reads a parameter.
     *
     * @throws IllegalArgumentException saying which form is expected, for text not of that form
     */
    static ModelParam parse(String text) {
        String[] parts = text.split(":", -1);
        if (parts.length < 2 || parts.length > 3 || parts[0].isBlank()) {
            throw new IllegalArgumentException("model parameter '" + text + "' must be " + FORM);
        }
        int size;
        try {
            size = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("model parameter '" + text + "' has size '" + parts[1]
                    + "', not a whole number; it must be " + FORM);
        }
        Map<String, String> options = new LinkedHashMap<>();
        if (parts.length == 3) {
            for (String option : parts[2].split(",", -1)) {
                int equals = option.indexOf('=');
                if (equals <= 0 || equals == option.length() - 1) {
                    throw new IllegalArgumentException("model parameter '" + text + "' has option '" + option
                            + "', not option=value; it must be " + FORM);
                }
                options.put(option.substring(0, equals), option.substring(equals + 1));
            }
        }
        return new ModelParam(parts[0], size, options);
    }

    /**
     * The model, built by its family at {@link #SEED}.
     *
     * @throws IllegalArgumentException from the family, for an unknown family, a size out of range or a bad option
     */
    ModelInstance instance() {
        return ModelFamilies.require(family).instance(size, options, SEED);
    }
}
