package org.autodiffbench.harness.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.OptionSpec;
import org.autodiffbench.api.registry.EngineIdRule;
import org.autodiffbench.api.registry.EngineRegistry;
import org.autodiffbench.api.registry.UnknownEngineException;
import org.autodiffbench.harness.gradbench.GradBenchTool;
import org.autodiffbench.models.FamilyRegistry;

/**
 * Reads a campaign's {@code engines}: {@code "all"}, or a list of entries, each an engine or an
 * external GradBench tool ({@code {"gradbench": {"id", "command", "workingDirectory"}}}).
 */
final class EngineSection {

    private static final List<String> FIELDS = List.of("id", "options", "families");
    private static final List<String> TOOL_ENTRY_FIELDS = List.of("gradbench", "families");
    private static final List<String> TOOL_FIELDS = List.of("id", "command", "workingDirectory");
    private static final String TOOL_KEY = "gradbench";
    private static final String COMMAND_EXAMPLE = "[\"java\", \"-jar\", \"autodiffbench.jar\", \"gradbench\"]";
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
        Set<String> toolIds = new LinkedHashSet<>();
        int number = 0;
        for (JsonNode element : engines) {
            number++;
            Optional<EngineEntry> entry = element.has(TOOL_KEY)
                    ? toolEntry(element, number, registry, families, problems)
                    : entry(element, number, registry, families, problems);
            if (entry.isPresent() && entry.get().tool() != null && !toolIds.add(entry.get().id())) {
                problems.add(entry.get().label() + ": another GradBench tool has the id '" + entry.get().id()
                        + "'; give each tool an id of its own");
                continue;
            }
            entry.ifPresent(entries::add);
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
        Set<String> families = families(fields, familyRegistry);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new EngineEntry(label, engine, optionSets, families, true));
    }

    /** An external GradBench tool: an id no engine has, a non-empty command, an existing working directory. */
    private static Optional<EngineEntry> toolEntry(JsonNode element, int number, EngineRegistry registry,
                                                   FamilyRegistry familyRegistry, List<String> problems) {
        JsonNode tool = element.get(TOOL_KEY);
        String label = "engine " + number + (tool.path("id").isTextual() ? " (" + tool.get("id").asText() + ")" : "");
        Optional<JsonFields> entryFields = JsonFields.of(element, label, problems, TOOL_ENTRY_FIELDS);
        Optional<JsonFields> toolFields = JsonFields.of(tool, label + ", gradbench", problems, TOOL_FIELDS);
        if (entryFields.isEmpty() || toolFields.isEmpty()) {
            return Optional.empty();
        }
        JsonFields fields = toolFields.get();
        int before = problems.size();
        Optional<String> id = fields.requiredText("id", "\"id\": \"autodiffbench-reverse\"");
        id.ifPresent(text -> {
            String refusal = EngineIdRule.refusal("GradBench tool", text, "the campaign file");
            if (refusal != null) {
                fields.problem(refusal);
            } else if (registry.find(text).isPresent()) {
                fields.problem("the id '" + text + "' is an engine's; give the tool an id of its own");
            }
        });
        if (!fields.has("command")) {
            fields.problem("missing field 'command'; give the program and its arguments, e.g. " + COMMAND_EXAMPLE);
        }
        List<String> command = fields.texts("command", COMMAND_EXAMPLE);
        Path directory = fields.text("workingDirectory").map(Path::of).orElse(null);
        if (directory != null && !Files.isDirectory(directory)) {
            fields.problem("workingDirectory " + directory + " is not a directory; give an existing one or leave it out");
        }
        Set<String> families = families(entryFields.get(), familyRegistry);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new EngineEntry(label, new GradBenchTool(id.get(), command, directory), families));
    }

    /** The families an entry is restricted to, each known and listed once. */
    private static Set<String> families(JsonFields fields, FamilyRegistry familyRegistry) {
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
        return families;
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
