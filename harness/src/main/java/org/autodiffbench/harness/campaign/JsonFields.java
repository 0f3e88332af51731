package org.autodiffbench.harness.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of one JSON object in a campaign file. Every unknown field and every value of the
 * wrong type or range becomes a problem, prefixed with where the object is ("timing",
 * "model 3 (mlp-width)"); a bad value reads as its default so that checking can go on.
 */
final class JsonFields {

    private final JsonNode node;
    private final String where;
    private final List<String> problems;

    private JsonFields(JsonNode node, String where, List<String> problems) {
        this.node = node;
        this.where = where;
        this.problems = problems;
    }

    /**
     * The fields of {@code node}, or empty (with a problem recorded) when it is not an object.
     *
     * @param known the fields the object may have, in the order the message lists them
     */
    static Optional<JsonFields> of(JsonNode node, String where, List<String> problems, List<String> known) {
        if (!node.isObject()) {
            problems.add(where + " is " + describe(node) + "; give a JSON object {…} (see campaigns/README.md)");
            return Optional.empty();
        }
        for (var field : node.properties()) {
            if (!known.contains(field.getKey())) {
                problems.add(where + ": unknown field '" + field.getKey() + "'; the fields here are "
                        + String.join(", ", known));
            }
        }
        return Optional.of(new JsonFields(node, where, problems));
    }

    String where() {
        return where;
    }

    /** Records a problem about this object. */
    void problem(String text) {
        problems.add(where + ": " + text);
    }

    /** The field's value, or null when it is absent. */
    JsonNode get(String field) {
        return node.get(field);
    }

    boolean has(String field) {
        return node.has(field);
    }

    /** A string field, or empty when absent or not a string (then a problem says so). */
    Optional<String> text(String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            problem(field + " is " + describe(value) + "; give a non-empty string");
            return Optional.empty();
        }
        return Optional.of(value.asText());
    }

    /** A string field that must be there; {@code example} shows what to write. */
    Optional<String> requiredText(String field, String example) {
        if (!node.has(field)) {
            problem("missing field '" + field + "'; add it, e.g. " + example);
            return Optional.empty();
        }
        return text(field);
    }

    /**
     * A whole-number field in {@code [min, max]}, or {@code defaultValue} when absent or bad.
     *
     * @param why why the bounds are what they are, appended to the message; may be empty
     */
    long wholeNumber(String field, long defaultValue, long min, long max, String why) {
        JsonNode value = node.get(field);
        if (value == null) {
            return defaultValue;
        }
        if (value.isIntegralNumber() && value.canConvertToLong() && value.asLong() >= min && value.asLong() <= max) {
            return value.asLong();
        }
        boolean tooLarge = value.isIntegralNumber() && (!value.canConvertToLong() || value.asLong() > max);
        String range = (max == Long.MAX_VALUE || max == Integer.MAX_VALUE) && !tooLarge
                ? "of at least " + min : "from " + min + " to " + max;
        problem(field + " is " + describe(value) + "; give a whole number " + range + (why.isEmpty() ? "" : " (" + why + ")"));
        return defaultValue;
    }

    /** A number field greater than 0, or {@code defaultValue} when absent or bad. */
    double positiveNumber(String field, double defaultValue) {
        JsonNode value = node.get(field);
        if (value == null) {
            return defaultValue;
        }
        if (value.isNumber() && value.asDouble() > 0 && Double.isFinite(value.asDouble())) {
            return value.asDouble();
        }
        problem(field + " is " + describe(value) + "; give a number greater than 0");
        return defaultValue;
    }

    /**
     * An object of options, name to value; a value is a string or a whole number, kept as text.
     * An absent field reads as no options.
     */
    Map<String, String> options(String field) {
        JsonNode value = node.get(field);
        return value == null ? Map.of() : optionsOf(value, where + ", " + field, problems);
    }

    /** Reads {@code value} as an options object, recording problems under {@code where}. */
    static Map<String, String> optionsOf(JsonNode value, String where, List<String> problems) {
        if (!value.isObject()) {
            problems.add(where + " is " + describe(value) + "; give an object such as {\"snapshots\": \"4\"}");
            return Map.of();
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (var e : value.properties()) {
            JsonNode v = e.getValue();
            if (v.isTextual() && !v.asText().isBlank()) {
                options.put(e.getKey(), v.asText().trim());
            } else if (v.isIntegralNumber()) {
                options.put(e.getKey(), v.asText());
            } else {
                problems.add(where + ": option '" + e.getKey() + "' is " + describe(v)
                        + "; give a string or a whole number, e.g. \"8\" or \"sqrt\"");
            }
        }
        return options;
    }

    /** A list of non-empty strings; absent reads as empty, a bad list as empty with a problem. */
    List<String> texts(String field, String example) {
        JsonNode value = node.get(field);
        List<String> texts = new ArrayList<>();
        if (value == null) {
            return texts;
        }
        if (!value.isArray() || value.isEmpty()) {
            problem(field + " is " + describe(value) + "; give a non-empty list, e.g. " + example);
            return texts;
        }
        for (JsonNode element : value) {
            if (element.isTextual() && !element.asText().isBlank()) {
                texts.add(element.asText());
            } else {
                problem(field + " holds " + describe(element) + "; give strings only, e.g. " + example);
            }
        }
        return texts;
    }

    /** What a JSON value is, for messages: its text for scalars, its kind for containers. */
    static String describe(JsonNode value) {
        if (value.isNumber() && !Double.isFinite(value.asDouble())) {
            return "a number beyond ±1.8e308";
        }
        if (value.isTextual()) {
            return "\"" + value.asText() + "\"";
        }
        if (value.isValueNode()) {
            return value.toString();
        }
        String kind = value.isArray() ? "list" : "object";
        return value.isEmpty() ? "an empty " + kind : value.isArray() ? "a list" : "an object";
    }
}
