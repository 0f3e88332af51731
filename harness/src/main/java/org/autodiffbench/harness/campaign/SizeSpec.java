package org.autodiffbench.harness.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The {@code sizes} of a model entry: a list such as {@code [8, 16, 32]}, a geometric range
 * {@code {"from": 8, "to": 1024, "times": 2}} (8, 16, …, 1024) or an arithmetic one
 * {@code {"from": 10, "to": 100, "plus": 30}} (10, 40, 70, 100). A range stops at the last
 * term not above {@code to}.
 */
final class SizeSpec {

    /** More sizes than this in one entry is a mistake, not a campaign. */
    static final int MAX_SIZES = 10_000;

    static final String EXAMPLES = "[8, 16, 32], {\"from\": 8, \"to\": 1024, \"times\": 2}"
            + " or {\"from\": 10, \"to\": 100, \"plus\": 30}";

    private static final List<String> RANGE_FIELDS = List.of("from", "to", "times", "plus");

    private SizeSpec() {
    }

    /**
     * The sizes {@code spec} gives, ascending, or empty with problems recorded under {@code where}.
     */
    static Optional<List<Integer>> read(JsonNode spec, String where, List<String> problems) {
        if (spec.isArray() && !spec.isEmpty()) {
            return list(spec, where, problems);
        }
        if (spec.isObject()) {
            return range(spec, where, problems);
        }
        problems.add(where + ": sizes is " + JsonFields.describe(spec) + "; give " + EXAMPLES);
        return Optional.empty();
    }

    private static Optional<List<Integer>> list(JsonNode spec, String where, List<String> problems) {
        TreeSet<Integer> sizes = new TreeSet<>();
        boolean bad = false;
        for (JsonNode element : spec) {
            if (!element.isIntegralNumber() || !element.canConvertToInt() || element.asInt() < 1) {
                problems.add(where + ": sizes holds " + JsonFields.describe(element)
                        + "; give whole numbers of at least 1 only");
                bad = true;
            } else if (!sizes.add(element.asInt())) {
                problems.add(where + ": size " + element.asInt() + " is listed twice; list each size once");
                bad = true;
            }
        }
        return bad ? Optional.empty() : Optional.of(List.copyOf(sizes));
    }

    private static Optional<List<Integer>> range(JsonNode spec, String where, List<String> problems) {
        int before = problems.size();
        Optional<JsonFields> found = JsonFields.of(spec, where + ", sizes", problems, RANGE_FIELDS);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        JsonFields fields = found.get();
        for (String required : List.of("from", "to")) {
            if (!fields.has(required)) {
                fields.problem("missing field '" + required + "'; give both from and to, e.g. " + EXAMPLES);
            }
        }
        long from = fields.wholeNumber("from", 1, 1, Integer.MAX_VALUE, "");
        long to = fields.wholeNumber("to", from, 1, Integer.MAX_VALUE, "");
        boolean times = fields.has("times");
        boolean plus = fields.has("plus");
        if (times == plus) {
            fields.problem((times ? "gives both times and plus" : "gives neither times nor plus")
                    + "; give exactly one: times for a geometric range, plus for an arithmetic one");
        }
        long factor = fields.wholeNumber("times", 2, 2, Integer.MAX_VALUE, "each size is the last one times this");
        long step = fields.wholeNumber("plus", 1, 1, Integer.MAX_VALUE, "each size is the last one plus this");
        if (from > to) {
            fields.problem("from " + from + " is above to " + to + "; give from ≤ to");
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        List<Integer> sizes = new ArrayList<>();
        for (long size = from; size <= to; size = times ? size * factor : size + step) {
            if (sizes.size() == MAX_SIZES) {
                fields.problem("gives more than " + MAX_SIZES + " sizes; narrow the range or take larger steps");
                return Optional.empty();
            }
            sizes.add((int) size);
        }
        return Optional.of(List.copyOf(sizes));
    }
}
