package org.autodiffbench.harness.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.models.FamilyOptions;
import org.autodiffbench.models.FamilyRegistry;
import org.autodiffbench.models.ModelFamily;

/** Reads a campaign's {@code models}: a list of model entries. */
final class ModelSection {

    private static final List<String> FIELDS = List.of("family", "sizes", "options", "operators");
    private static final String EXAMPLE = "[{\"family\": \"mlp-width\", \"sizes\": [8, 16, 32]}]";

    private ModelSection() {
    }

    /**
     * The entries {@code models} gives; entries with problems are left out and the problems recorded.
     *
     * @param defaultOperators the campaign's {@code operators}, or empty to let each family choose
     * @param seed the campaign seed, used to build each family once at its smallest size as a check
     * @param families the families an entry may name
     */
    static List<ModelEntry> read(JsonNode models, List<Operator> defaultOperators, long seed, FamilyRegistry families,
                                 List<String> problems) {
        if (!models.isArray() || models.isEmpty()) {
            problems.add("models is " + JsonFields.describe(models) + "; give a list such as " + EXAMPLE);
            return List.of();
        }
        List<ModelEntry> entries = new ArrayList<>();
        int number = 0;
        for (JsonNode element : models) {
            number++;
            entry(element, number, defaultOperators, seed, families, problems).ifPresent(entries::add);
        }
        return entries;
    }

    private static Optional<ModelEntry> entry(JsonNode element, int number, List<Operator> defaultOperators, long seed,
                                              FamilyRegistry families, List<String> problems) {
        String label = "model " + number
                + (element.path("family").isTextual() ? " (" + element.get("family").asText() + ")" : "");
        Optional<JsonFields> found = JsonFields.of(element, label, problems, FIELDS);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        JsonFields fields = found.get();
        int before = problems.size();
        ModelFamily family = fields.requiredText("family", "\"family\": \"mlp-width\"")
                .map(id -> find(id, families, fields)).orElse(null);
        Map<String, String> options = fields.options("options");
        List<Integer> sizes = sizes(fields, family, problems);
        List<Operator> operators = fields.has("operators")
                ? CampaignOperators.parse(fields.texts("operators", "[\"jacobian\"]"), label, problems)
                : defaultOperators;
        if (family == null) {
            return Optional.empty();
        }
        Optional<Graph> smallest = smallest(family, options, seed, fields);
        if (smallest.isPresent()) {
            Graph graph = smallest.get();
            if (operators.isEmpty()) {
                operators = List.of(graph.hasScalarOutput() ? Operator.GRADIENT : Operator.JACOBIAN);
            } else if (operators.contains(Operator.GRADIENT) && !graph.hasScalarOutput()) {
                fields.problem("operator gradient needs a scalar output but this model has " + graph.outputSize()
                        + " outputs; give this entry \"operators\": [\"jacobian\"]");
            }
        } else if (operators.isEmpty()) {
            // The family failed to build: its cells are planned on the gradient, to record the failure.
            operators = List.of(Operator.GRADIENT);
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ModelEntry(label, family, sizes, options, operators));
    }

    private static ModelFamily find(String id, FamilyRegistry families, JsonFields fields) {
        try {
            return families.require(id);
        } catch (IllegalArgumentException e) {
            fields.problem(e.getMessage());
            return null;
        }
    }

    /** The entry's sizes, each checked against the family's range; a family with one size may leave them out. */
    private static List<Integer> sizes(JsonFields fields, ModelFamily family, List<String> problems) {
        if (!fields.has("sizes")) {
            if (family != null && family.sizes().min() == family.sizes().max()) {
                return List.of(family.sizes().min());
            }
            fields.problem("missing field 'sizes'; add it, e.g. \"sizes\": " + SizeSpec.EXAMPLES);
            return List.of();
        }
        List<Integer> sizes = SizeSpec.read(fields.get("sizes"), fields.where(), problems).orElse(List.of());
        if (family == null) {
            return sizes;
        }
        List<Integer> outside = sizes.stream().filter(size -> !family.sizes().contains(size)).toList();
        if (!outside.isEmpty()) {
            try {
                family.sizes().require(family.id(), outside.get(0));
            } catch (IllegalArgumentException e) {
                fields.problem(e.getMessage() + (outside.size() > 1
                        ? " (so must " + (outside.size() - 1) + " more of this entry's sizes)" : ""));
            }
        }
        return sizes;
    }

    /**
     * The family's graph at its smallest size with the entry's options: this checks the options'
     * values and tells whether the output is a scalar, without building the large sizes. A family
     * that fails otherwise than by refusing the options is not a problem of the campaign file:
     * empty, and each of its cells records the failure when it builds the model.
     */
    private static Optional<Graph> smallest(ModelFamily family, Map<String, String> options, long seed,
                                            JsonFields fields) {
        try {
            FamilyOptions.requireKnown(family, options);
            return Optional.of(family.instance(family.sizes().min(), options, seed).graph());
        } catch (IllegalArgumentException e) {
            fields.problem(e.getMessage());
            return Optional.empty();
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
    }
}
