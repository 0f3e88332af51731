package org.autodiffbench.harness.campaign;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.autodiffbench.api.DiffEngine;

/**
 * One entry of a campaign's {@code engines}: an engine, its option sets (each a series of its
 * own, values possibly {@code "sqrt"}) and the families it is restricted to.
 *
 * @param families the families the entry runs on; empty means every family
 * @param named true when the file names the engine, false when it came from {@code "all"}
 */
record EngineEntry(String label, DiffEngine engine, List<Map<String, String>> optionSets, Set<String> families,
                   boolean named) {

    EngineEntry {
        optionSets = List.copyOf(optionSets);
        families = Set.copyOf(families);
    }

    String id() {
        return engine.id();
    }

    boolean appliesTo(String family) {
        return families.isEmpty() || families.contains(family);
    }
}
