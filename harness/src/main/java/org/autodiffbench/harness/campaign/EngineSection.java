package org.autodiffbench.harness.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.OptionSpec;
import org.autodiffbench.api.registry.EngineRegistry;
import org.autodiffbench.api.registry.UnknownEngineException;
import org.autodiffbench.models.FamilyRegistry;

/** Reads a campaign's {@code engines}: {@code "all"}, or a list of engine entries. */
final class EngineSection {

    private static final List<String> FIELDS = List.of("id", "options", "families");
    private static final String EXAMPLE = "\"all\" or [{\"id\": \"reverse\"}, {\"id\": \"forward\", \"options\": {\"lanes\": 8}}]";

    private EngineSection() {
    }

    /**
     * The entries {@code engines} gives; entries with problems are left out and the problems recorded.
     *
     * @param families the families an entry's {@code families} may name
     */
    static List<EngineEntry> read(JsonNode engines, EngineRegistry registry, FamilyRegistry families,
                                  List<String> problems) {
        if (engines.isTextual() && engines.asText().equals(EngineRegistry.ALL)) {
            return all(registry, problems);
        }
        if (!engines.isArray() || engines.isEmpty()) {
            problems.add("engines is " + JsonFields.describe(engines) + "; give " + EXAMPLE);
            return List.of();
        }
        List<EngineEntry> entries = new ArrayList<>();
        int number = 0;
        for (JsonNode element : engines) {
            number++;
            entry(element, number, registry, families, problems).ifPresent(entries::add);
        }
        return entries;
    }

    private static List<EngineEntry> all(EngineRegistry registry, List<String> problems) {
        if (registry.available().isEmpty()) {
            problems.add("engines is \"all\" but no engine is available; put engine jars on the class path"
                    + " (run 'autodiffbench engines' to see what failed to load)");
        }
        List<EngineEntry> entries = new ArrayList<>();
        for (DiffEngine engine : registry.available()) {
            entries.add(new EngineEntry("engine " + engine.id(), engine, List.of(Map.of()), Set.of(), false));
        }
        return entries;
    }

    private static Optional<EngineEntry> entry(JsonNode element, int number, EngineRegistry registry,
                                               FamilyRegistry familyRegistry, List<String> problems) {
        if (element.isTextual()) {
            problems.add("engine " + number + " is \"" + element.asText() + "\"; write an engine entry as an object,"
                    + " e.g. {\"id\": \"" + element.asText() + "\"}");
            return Optional.empty();
        }
        String label = "engine " + number + (element.path("id").isTextual() ? " (" + element.get("id").asText() + ")" : "");
        Optional<JsonFields> found = JsonFields.of(element, label, problems, FIELDS);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        JsonFields fields = found.get();
        int before = problems.size();
        DiffEngine engine = fields.requiredText("id", "\"id\": \"reverse\"").map(id -> find(id, registry, fields))
                .orElse(null);
        List<Map<String, String>> optionSets = optionSets(fields, problems);
        if (engine != null) {
            for (int k = 0; k < optionSets.size(); k++) {
                requireKnownOptions(engine, optionSets.get(k), fields, optionSets.size() > 1 ? k + 1 : 0);
            }
        }
        Set<String> families = new LinkedHashSet<>();
        for (String family : fields.texts("families", "[\"mlp-depth\", \"ode-chain\"]")) {
            try {
                familyRegistry.require(family);
            } catch (IllegalArgumentException e) {
                fields.problem("families: " + e.getMessage());
            }
            if (!families.add(family)) {
                fields.problem("families lists '" + family + "' twice; list it once");
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new EngineEntry(label, engine, optionSets, families, true));
    }

    private static DiffEngine find(String id, EngineRegistry registry, JsonFields fields) {
        try {
            return registry.require(id);
        } catch (UnknownEngineException e) {
            fields.problem(e.getMessage());
            return null;
        }
    }

    /** The option sets of an entry: none given is one set of defaults, an object is one set, a list is several. */
    private static List<Map<String, String>> optionSets(JsonFields fields, List<String> problems) {
        JsonNode options = fields.get("options");
        if (options == null) {
            return List.of(Map.of());
        }
        if (options.isObject()) {
            return List.of(JsonFields.optionsOf(options, fields.where() + ", options", problems));
        }
        if (!options.isArray() || options.isEmpty()) {
            fields.problem("options is " + JsonFields.describe(options) + "; give an object such as {\"lanes\": 8}"
                    + " or a list of them, one per series");
            return List.of();
        }
        List<Map<String, String>> sets = new ArrayList<>();
        int number = 0;
        for (JsonNode set : options) {
            number++;
            sets.add(JsonFields.optionsOf(set, fields.where() + ", option set " + number, problems));
        }
        return sets;
    }

    /** Each unknown option is its own problem, named with the options the engine takes. */
    private static void requireKnownOptions(DiffEngine engine, Map<String, String> options, JsonFields fields,
                                            int setNumber) {
        if (options.isEmpty()) {
            return;
        }
        List<OptionSpec> accepted;
        try {
            accepted = engine.options();
        } catch (RuntimeException e) {
            fields.problem("engine '" + engine.id() + "' failed to list its options (" + e
                    + "); fix or remove its plugin, or give it no options");
            return;
        }
        for (Map.Entry<String, String> option : options.entrySet()) {
            try {
                EngineOptions.of(Map.of(option.getKey(), option.getValue())).requireKnown(engine.id(), accepted);
            } catch (IllegalArgumentException e) {
                fields.problem((setNumber > 0 ? "option set " + setNumber + ": " : "") + e.getMessage());
            }
        }
    }
}
