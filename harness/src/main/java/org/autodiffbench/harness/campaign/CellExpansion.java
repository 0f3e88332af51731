package org.autodiffbench.harness.campaign;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.Operator;

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

    static List<Cell> expand(List<ModelEntry> models, List<EngineEntry> engines) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (ModelEntry model : models) {
            String family = model.family().id();
            for (int size : model.sizes()) {
                for (EngineEntry engine : engines) {
                    if (!engine.appliesTo(family)) {
                        continue;
                    }
                    for (Map<String, String> options : engine.optionSets()) {
                        EngineOptions resolved = resolve(options, size);
                        for (Operator operator : model.operators()) {
                            Cell cell = new Cell(engine.id(), resolved, EngineOptions.of(options), family, size,
                                    model.options(), operator);
                            cells.putIfAbsent(cell.id(), cell);
                        }
                    }
                }
            }
        }
        return List.copyOf(cells.values());
    }

    /** The options with every {@code "sqrt"} replaced by round(√size), at least 1. */
    static EngineOptions resolve(Map<String, String> options, int size) {
        Map<String, String> resolved = new LinkedHashMap<>(options);
        resolved.replaceAll((name, value) -> value.equals(SQRT) ? String.valueOf(squareRoot(size)) : value);
        return EngineOptions.of(resolved);
    }

    static long squareRoot(int size) {
        return Math.max(1, Math.round(Math.sqrt(size)));
    }
}
