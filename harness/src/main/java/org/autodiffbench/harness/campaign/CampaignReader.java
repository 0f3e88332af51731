package org.autodiffbench.harness.campaign;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.registry.EngineRegistry;
import org.autodiffbench.models.FamilyRegistry;
import org.autodiffbench.results.JsonProblemText;

/**
 * Reads a campaign file (schema in {@code campaigns/README.md}), checks all of it before
 * anything runs and expands it into cells. Every problem is collected and reported at once, in
 * a {@link CampaignException}, one line each.
 */
public final class CampaignReader {

    private static final List<String> FIELDS = List.of("name", "description", "seed", "pluginPath", "engines", "models",
            "operators", "timing", "quick", "budget", "agreement");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+");
    private static final String TOP = "campaign";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private CampaignReader() {
    }

    /**
     * The plugin folders a campaign file names in {@code pluginPath}, relative to the working
     * directory; none when the file or the field cannot be read (reading the campaign reports that).
     * They must be known before the engines are discovered, so this is read first.
     */
    public static List<Path> pluginFolders(Path file) {
        try {
            JsonNode folders = MAPPER.readTree(file.toFile()).path("pluginPath");
            List<Path> paths = new ArrayList<>();
            for (JsonNode folder : folders) {
                if (folder.isTextual() && !folder.asText().isBlank()) {
                    paths.add(Path.of(folder.asText()));
                }
            }
            return paths;
        } catch (java.io.IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Reads {@code file} against the engines and model families found on the class path. */
    public static CampaignPlan read(Path file, boolean quick) {
        return read(file, quick, EngineRegistry.discover());
    }

    /** Reads {@code file} against {@code engines} and the model families found on the class path. */
    public static CampaignPlan read(Path file, boolean quick, EngineRegistry engines) {
        return read(file, quick, engines, FamilyRegistry.discover());
    }

    /**
     * Reads, checks and expands {@code file}.
     *
     * @param quick use the file's {@code quick} timing instead of its {@code timing}
     * @param engines the engines the campaign's ids are looked up in
     * @param families the model families the campaign's families are looked up in
     * @throws CampaignException listing every problem, one line each
     */
    public static CampaignPlan read(Path file, boolean quick, EngineRegistry engines, FamilyRegistry families) {
        JsonNode source = parse(file);
        List<String> problems = new ArrayList<>();
        JsonFields top = JsonFields.of(source, TOP, problems, FIELDS)
                .orElseThrow(() -> new CampaignException(problems));
        String name = top.requiredText("name", "\"name\": \"my-campaign\"").orElse("");
        if (!name.isEmpty() && !NAME.matcher(name).matches()) {
            top.problem("name \"" + name + "\" names the results directory, so it may hold only letters, digits,"
                    + " '.', '_' and '-'; rename it");
        }
        top.text("description");
        top.texts("pluginPath", "[\"plugins/engine-commons-math/target/plugin\"]");
        long seed = top.wholeNumber("seed", CampaignDefaults.SEED, 0, Long.MAX_VALUE, "");
        List<Operator> operators = top.has("operators")
                ? CampaignOperators.parse(top.texts("operators", "[\"gradient\"]"), TOP, problems)
                : List.of();

        int before = problems.size();
        List<EngineEntry> engineEntries = required(top, "engines", "\"engines\": \"all\"")
                .map(node -> EngineSection.read(node, engines, families, problems)).orElse(List.of());
        boolean enginesWhole = problems.size() == before;
        before = problems.size();
        List<ModelEntry> modelEntries = required(top, "models", "\"models\": [{\"family\": \"mlp-width\", \"sizes\": [8, 16]}]")
                .map(node -> ModelSection.read(node, operators, seed, families, problems)).orElse(List.of());
        boolean modelsWhole = problems.size() == before;
        CampaignConsistency.check(engineEntries, enginesWhole, modelEntries, modelsWhole, problems);

        TimingSettings timing = TimingSection.read(top.get("timing"), "timing", CampaignDefaults.TIMING, problems);
        TimingSettings quickTiming = TimingSection.read(top.get("quick"), "quick", CampaignDefaults.QUICK_TIMING,
                problems);
        double budget = section(top, "budget", List.of("cellSeconds"), problems)
                .map(b -> b.positiveNumber("cellSeconds", CampaignDefaults.CELL_BUDGET_SECONDS))
                .orElse(CampaignDefaults.CELL_BUDGET_SECONDS);
        Optional<JsonFields> agreement = section(top, "agreement", List.of("tolerance", "finiteDifferenceDirections"),
                problems);
        double tolerance = agreement.map(a -> a.positiveNumber("tolerance", CampaignDefaults.TOLERANCE))
                .orElse(CampaignDefaults.TOLERANCE);
        int directions = agreement.map(a -> (int) a.wholeNumber("finiteDifferenceDirections",
                CampaignDefaults.FINITE_DIFFERENCE_DIRECTIONS, 1, 1000, "")).orElse(CampaignDefaults.FINITE_DIFFERENCE_DIRECTIONS);

        if (!problems.isEmpty()) {
            throw new CampaignException(problems);
        }
        return new CampaignPlan(name, file.toString(), source, CampaignFingerprint.of(source, quick), quick, seed,
                quick ? quickTiming : timing, budget, tolerance, directions,
                CellExpansion.expand(modelEntries, engineEntries, seed), engineEntries.stream()
                        .filter(e -> e.tool() != null).collect(Collectors.toMap(EngineEntry::id, EngineEntry::tool)));
    }

    /** The file as a JSON tree; a missing, unreadable, empty or malformed file is one problem. */
    private static JsonNode parse(Path file) {
        if (!Files.isRegularFile(file)) {
            throw problem("no campaign file at " + file + "; give the path of a campaign such as campaigns/default.json");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            JsonNode tree = MAPPER.readTree(reader);
            if (tree == null || tree.isMissingNode()) {
                throw problem(file + " is empty; write a campaign object (see campaigns/README.md)");
            }
            return tree;
        } catch (StreamConstraintsException e) {
            throw problem(file + " exceeds a limit of the JSON reader: " + JsonProblemText.reason(e)
                    + "; write the campaign smaller");
        } catch (JsonProcessingException e) {
            String where = JsonProblemText.location(e);
            throw problem(file + " is not valid JSON" + where + ": " + JsonProblemText.reason(e)
                    + "; correct the file" + (where.isEmpty() ? "" : " there"));
        } catch (CharacterCodingException e) {
            throw problem(file + " is not UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            throw problem("cannot read " + file + " (" + JsonProblemText.reason(e)
                    + "); check that it is a readable UTF-8 text file");
        }
    }

    private static Optional<JsonNode> required(JsonFields top, String field, String example) {
        if (!top.has(field)) {
            top.problem("missing field '" + field + "'; add it, e.g. " + example);
        }
        return Optional.ofNullable(top.get(field));
    }

    private static Optional<JsonFields> section(JsonFields top, String field, List<String> fields,
                                                List<String> problems) {
        JsonNode node = top.get(field);
        return node == null ? Optional.empty() : JsonFields.of(node, field, problems, fields);
    }

    private static CampaignException problem(String text) {
        return new CampaignException(List.of(text));
    }
}
