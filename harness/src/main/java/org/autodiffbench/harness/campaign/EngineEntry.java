package org.autodiffbench.harness.campaign;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.harness.gradbench.GradBenchModules;
import org.autodiffbench.harness.gradbench.GradBenchTool;

/**
 * One entry of a campaign's {@code engines}: an engine, its option sets (each a series of its
 * own, values possibly {@code "sqrt"}) and the families it is restricted to; or an external
 * GradBench tool, which runs on the families a GradBench module evaluates.
 *
 * @param engine the engine; null for a GradBench tool
 * @param tool the external GradBench tool; null for an engine
 * @param families the families the entry runs on; empty means every family
 * @param named true when the file names the engine, false when it came from {@code "all"}
 */
record EngineEntry(String label, DiffEngine engine, GradBenchTool tool, List<Map<String, String>> optionSets,
                   Set<String> families, boolean named) {

    EngineEntry {
        optionSets = List.copyOf(optionSets);
        families = Set.copyOf(families);
    }

    /** An engine of this project. */
    EngineEntry(String label, DiffEngine engine, List<Map<String, String>> optionSets, Set<String> families,
                boolean named) {
        this(label, engine, null, optionSets, families, named);
    }

    /** An external GradBench tool, with its one series of no options. */
    EngineEntry(String label, GradBenchTool tool, Set<String> families) {
        this(label, null, tool, List.of(Map.of()), families, true);
    }

    String id() {
        return tool != null ? tool.id() : engine.id();
    }

    boolean appliesTo(String family) {
        boolean evaluated = tool == null || GradBenchModules.all().stream().anyMatch(m -> m.family().equals(family));
        return evaluated && (families.isEmpty() || families.contains(family));
    }
}
