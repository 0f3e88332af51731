package org.autodiffbench.harness.campaign;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.autodiffbench.api.Operator;
import org.autodiffbench.results.CellSpec;
import org.autodiffbench.results.ModelSpec;

/**
 * Expands checked entries into cells, in the order they run: models in file order, each
 * model's sizes ascending, then engines in file order, their option sets in order, and the
 * operators in order. An option value {@code "sqrt"} becomes round(√size), at least 1. When two
 * option sets resolve to the same options at a size (binomial {@code snapshots} 2 and
 * {@code sqrt} at L = 4), that cell is planned once, where it first occurs.
 */
final class CellExpansion {

    static final String SQRT = "sqrt";

    private CellExpansion() {
    }

    static List<CellSpec> expand(List<ModelEntry> models, List<EngineEntry> engines, long seed) {
        Map<String, CellSpec> cells = new LinkedHashMap<>();
        for (ModelEntry model : models) {
            String family = model.family().id();
            for (int size : model.sizes()) {
                ModelSpec spec = new ModelSpec(family, size, model.options(), seed);
                for (EngineEntry engine : engines) {
                    if (!engine.appliesTo(family)) {
                        continue;
                    }
                    for (Map<String, String> options : engine.optionSets()) {
                        Map<String, String> resolved = resolve(options, size);
                        for (Operator operator : model.operators()) {
                            CellSpec cell = new CellSpec(engine.id(), resolved, options, spec, operator);
                            cells.putIfAbsent(cell.id(), cell);
                        }
                    }
                }
            }
        }
        return List.copyOf(cells.values());
    }

    /** The options with every {@code "sqrt"} replaced by round(√size), at least 1. */
    static Map<String, String> resolve(Map<String, String> options, int size) {
        Map<String, String> resolved = new LinkedHashMap<>(options);
        resolved.replaceAll((name, value) -> value.equals(SQRT) ? String.valueOf(squareRoot(size)) : value);
        return resolved;
    }

    static long squareRoot(int size) {
        return Math.max(1, Math.round(Math.sqrt(size)));
    }
}
