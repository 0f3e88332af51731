package org.autodiffbench.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.EngineMode;
import org.autodiffbench.api.ExecutionStyle;
import org.autodiffbench.api.Operator;

/**
 * Reads a results file of schema version 1 (flat cell records, 27 fields, the campaign's
 * facts as labels) into the records of the current schema, in memory; the file is left as it is.
 *
 * <p>Schema 1 did not record everything schema 2 does, so some facts are recovered and some stay
 * unknown (null):
 * <ul>
 * <li>model options were a label {@code k=v,k=v} and the options of a series lived in its label
 *     {@code engine[k=v,…]}: both are read back into maps here, the one place that parses them;</li>
 * <li>an engine's mode was not recorded: the engines that existed when schema 1 was written are
 *     given the mode they declare ({@link #SCHEMA_ONE_MODES}), any other engine {@link EngineMode#OTHER};
 *     nor was its execution style: those engines get the style they declare ({@link #SCHEMA_ONE_STYLES}),
 *     any other engine {@link ExecutionStyle#OTHER};</li>
 * <li>the output count m was an entry {@code outputs} among the engine's details; a gradient has m = 1;</li>
 * <li>the stage count was not recorded: a reverse-mode cell evaluates every stage exactly once,
 *     so its stage evaluations are the model's stages; without such a cell it stays unknown;</li>
 * <li>sweeps were one total: it counts as tangent sweeps for forward-mode engines, adjoint sweeps otherwise;</li>
 * <li>the references were one sentence: each part becomes a reference with its ρ unknown and the
 *     sentence kept as its note; forks and iterations come from the campaign's timing, where it gave them.</li>
 * </ul>
 */
final class SchemaOneUpgrade {

    /** The modes of the engines that wrote schema 1 results (the built-in engines and the two peer plugins). */
    static final Map<String, EngineMode> SCHEMA_ONE_MODES = Map.of(
            "forward", EngineMode.FORWARD,
            "reverse", EngineMode.REVERSE,
            "checkpointed", EngineMode.CHECKPOINTED_REVERSE,
            "commons-math", EngineMode.FORWARD,
            "pytorch", EngineMode.REVERSE);

    /** The execution styles of the engines that wrote schema 1 results: interpreters and two library peers. */
    static final Map<String, ExecutionStyle> SCHEMA_ONE_STYLES = Map.of(
            "forward", ExecutionStyle.INTERPRETED,
            "reverse", ExecutionStyle.INTERPRETED,
            "checkpointed", ExecutionStyle.INTERPRETED,
            "commons-math", ExecutionStyle.LIBRARY,
            "pytorch", ExecutionStyle.LIBRARY);

    /** Schema 1's interval: JMH's Student-t interval at 99.9% over the iterations. */
    private static final String SCHEMA_ONE_INTERVAL = "JMH Student-t over iterations (schema 1)";
    private static final long DEFAULT_SEED = 1;

    private final JsonNode root;
    private final long seed;
    private final JsonNode timingProfile;
    /** Per model key: m and the stage count, when some cell showed them. */
    private final Map<String, Long> outputs = new HashMap<>();
    private final Map<String, Integer> stages = new HashMap<>();
    private final Map<String, Baseline> baselines = new LinkedHashMap<>();

    private SchemaOneUpgrade(JsonNode root) {
        this.root = root;
        JsonNode campaign = root.path("campaign");
        this.seed = campaign.path("seed").canConvertToLong() ? campaign.path("seed").longValue() : DEFAULT_SEED;
        boolean quick = root.path("quick").asBoolean(false);
        this.timingProfile = quick && campaign.has("quick") ? campaign.path("quick") : campaign.path("timing");
    }

    static CampaignResults upgrade(JsonNode root) throws JsonProcessingException {
        return new SchemaOneUpgrade(root).results();
    }

    private CampaignResults results() throws JsonProcessingException {
        for (JsonNode cell : root.path("cells")) {
            String key = modelKey(cell);
            long m = cell.path("details").path("outputs").asLong(0);
            if (m > 0) {
                outputs.put(key, m);
            } else if ("gradient".equals(cell.path("operator").asText())) {
                outputs.putIfAbsent(key, 1L);
            }
            if (modeOf(cell.path("engine").asText()) == EngineMode.REVERSE
                    && cell.path("stageEvaluations").canConvertToInt()) {
                stages.put(key, cell.path("stageEvaluations").intValue());
            }
        }
        for (JsonNode b : root.path("baselines")) {
            ModelSpec model = model(b);
            String key = modelKey(b);
            Problem problem = b.path("params").asLong(0) > 0 ? problem(b, key) : null;
            baselines.put(key, new Baseline(model, problem, text(b, "primalSource"), timing(b.get("primal")),
                    timing(b.get("hand")), text(b, "note")));
        }
        List<CellResult> cells = new ArrayList<>();
        for (JsonNode cell : root.path("cells")) {
            cells.add(cell(cell));
        }
        Campaign campaign = new Campaign(text(root, "campaignName"), text(root, "campaignFile"),
                text(root, "fingerprint"), root.path("quick").asBoolean(false), root.path("plannedCells").asInt(0),
                root.get("campaign"));
        Environment environment = root.hasNonNull("environment")
                ? ResultsJson.mapper().treeToValue(root.get("environment"), Environment.class) : null;
        return new CampaignResults(campaign, environment, List.copyOf(baselines.values()), cells);
    }

    private CellResult cell(JsonNode c) {
        String engine = text(c, "engine");
        Map<String, String> options = strings(c.path("options"));
        ModelSpec model = model(c);
        CellSpec spec = new CellSpec(engine, options, seriesOptions(text(c, "series"), engine, options), model,
                operator(text(c, "operator")));
        String key = modelKey(c);
        EngineMode mode = modeOf(engine);
        Timing timing = timing(c.get("timing"));
        Baselines cellBaselines = null;
        if (number(c.get("primalNs")) != null || number(c.get("handNs")) != null) {
            Baseline baseline = baselines.get(key);
            cellBaselines = new Baselines(baseline == null ? null : baseline.primalSource(), number(c.get("primalNs")),
                    number(c.get("handNs")), number(c.get("ratioToPrimal")), number(c.get("ratioToHand")));
        }
        String id = c.hasNonNull("id") ? c.get("id").asText() : spec.id();
        return new CellResult(id, spec, Outcome.fromLabel(text(c, "outcome")), text(c, "reason"),
                c.path("params").asLong(0) > 0 ? problem(c, key) : null, new EngineFacts(null, mode,
                        SCHEMA_ONE_STYLES.getOrDefault(engine, ExecutionStyle.OTHER)),
                agreement(c), statistics(c, mode), timing, cellBaselines, text(c, "jmhFile"), text(c, "startedAt"),
                text(c, "finishedAt"));
    }

    private Problem problem(JsonNode record, String key) {
        return new Problem(record.path("params").asLong(), outputs.get(key), stages.get(key), null);
    }

    private ModelSpec model(JsonNode record) {
        return new ModelSpec(text(record, "model"), record.path("size").asInt(), labelledOptions(
                text(record, "modelOptions")), seed);
    }

    private static String modelKey(JsonNode record) {
        return record.path("model").asText() + "|" + record.path("size").asInt() + "|"
                + record.path("modelOptions").asText("");
    }

    static EngineMode modeOf(String engine) {
        return SCHEMA_ONE_MODES.getOrDefault(engine, EngineMode.OTHER);
    }

    private static Operator operator(String label) {
        for (Operator operator : Operator.values()) {
            if (operator.label().equals(label)) {
                return operator;
            }
        }
        throw new IllegalArgumentException("unknown operator '" + label + "'");
    }

    /** The options of a series label {@code engine[k=v,…]}; the cell's own options when the label has none. */
    static Map<String, String> seriesOptions(String series, String engine, Map<String, String> options) {
        if (series == null || !series.startsWith(engine + "[") || !series.endsWith("]")) {
            return options;
        }
        return labelledOptions(series.substring(engine.length() + 1, series.length() - 1));
    }

    /** {@code k=v,k=v} as a map; empty for an empty or missing label. */
    static Map<String, String> labelledOptions(String label) {
        Map<String, String> options = new TreeMap<>();
        if (label == null || label.isEmpty()) {
            return options;
        }
        for (String pair : label.split(",")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                options.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        return options;
    }

    private Agreement agreement(JsonNode c) {
        Double maxRho = number(c.get("maxRho"));
        Double tolerance = number(c.get("tolerance"));
        String references = text(c, "references");
        if (maxRho == null && tolerance == null && references == null) {
            return null;
        }
        List<ReferenceCheck> checks = new ArrayList<>();
        if (references != null && !references.equals("none")) {
            for (String part : references.split("; ")) {
                checks.add(new ReferenceCheck(referenceName(part), referenceKind(part), null, null, part));
            }
        }
        return new Agreement(maxRho, tolerance, null, checks);
    }

    private static String referenceName(String part) {
        int paren = part.indexOf(" (");
        return paren < 0 ? part : part.substring(0, paren);
    }

    private static ReferenceKind referenceKind(String part) {
        if (part.equals("hand")) {
            return ReferenceKind.HAND;
        }
        if (part.startsWith("finite differences")) {
            return ReferenceKind.FINITE_DIFFERENCES;
        }
        return part.matches("[A-Za-z0-9._-]+") ? ReferenceKind.ENGINE : ReferenceKind.UNKNOWN;
    }

    private static CallStatistics statistics(JsonNode c, EngineMode mode) {
        if (!c.hasNonNull("sweeps")) {
            return null;
        }
        long sweeps = c.get("sweeps").asLong();
        boolean tangent = mode == EngineMode.FORWARD || mode == EngineMode.NUMERIC;
        Map<String, Long> details = new TreeMap<>();
        c.path("details").fields().forEachRemaining(e -> {
            if (!e.getKey().equals("outputs")) {
                details.put(e.getKey(), e.getValue().asLong());
            }
        });
        return new CallStatistics(tangent ? sweeps : 0, tangent ? 0 : sweeps, c.path("stageEvaluations").asLong(0),
                c.path("retainedBytes").asLong(0), c.path("flops").asLong(0), details);
    }

    private Timing timing(JsonNode t) {
        if (t == null || t.isNull()) {
            return null;
        }
        List<Double> samples = new ArrayList<>();
        t.path("samplesNs").forEach(s -> samples.add(orNaN(number(s))));
        return new Timing(orNaN(number(t.get("medianNs"))), orNaN(number(t.get("meanNs"))),
                orNaN(number(t.get("minNs"))), orNaN(number(t.get("maxNs"))),
                new ConfidenceInterval(orNaN(number(t.get("ciLowNs"))), orNaN(number(t.get("ciHighNs"))), 0.999,
                        SCHEMA_ONE_INTERVAL, samples.isEmpty() ? null : samples.size()),
                samples, number(t.get("allocBytesPerCall")), integer(timingProfile, "forks"),
                integer(timingProfile, "warmupIterations"), integer(timingProfile, "measurementIterations"));
    }

    private static Integer integer(JsonNode node, String field) {
        return node.path(field).canConvertToInt() ? node.path(field).intValue() : null;
    }

    /** A number as schema 1 wrote it: a JSON number, or NaN and the infinities as strings; null when absent. */
    static Double number(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        return switch (node.asText()) {
            case "NaN" -> Double.NaN;
            case "Infinity" -> Double.POSITIVE_INFINITY;
            case "-Infinity" -> Double.NEGATIVE_INFINITY;
            default -> throw new IllegalArgumentException("'" + node.asText() + "' is not a number");
        };
    }

    private static double orNaN(Double value) {
        return value == null ? Double.NaN : value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Map<String, String> strings(JsonNode object) {
        Map<String, String> map = new TreeMap<>();
        object.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        return map;
    }
}
