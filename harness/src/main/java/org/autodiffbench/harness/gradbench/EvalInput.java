package org.autodiffbench.harness.gradbench;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The fields of a GradBench eval's input, read as the eval's README types them; a field that is
 * missing or of the wrong type is refused with an IllegalArgumentException that names it.
 */
final class EvalInput {

    private EvalInput() {
    }

    /** A {@code double[]} field with at least one element. */
    static double[] doubles(JsonNode input, String field) {
        JsonNode node = field(input, field);
        if (!node.isArray() || node.isEmpty()) {
            throw new IllegalArgumentException("field '" + field + "' must be a non-empty array of numbers, was "
                    + brief(node));
        }
        double[] values = new double[node.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode element = node.get(i);
            if (!element.isNumber()) {
                throw new IllegalArgumentException("field '" + field + "' must hold numbers only, but element " + i
                        + " is " + brief(element));
            }
            values[i] = element.doubleValue();
        }
        return values;
    }

    /** An {@code int} field of at least {@code min}; {@code why} says why smaller values are refused. */
    static int integer(JsonNode input, String field, int min, String why) {
        JsonNode node = field(input, field);
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new IllegalArgumentException("field '" + field + "' must be an integer, was " + brief(node));
        }
        if (node.intValue() < min) {
            throw new IllegalArgumentException("field '" + field + "' must be at least " + min + ", was "
                    + node.intValue() + ": " + why);
        }
        return node.intValue();
    }

    private static JsonNode field(JsonNode input, String field) {
        if (input == null || !input.isObject()) {
            throw new IllegalArgumentException("the input must be a JSON object with field '" + field + "', was "
                    + brief(input));
        }
        JsonNode node = input.get(field);
        if (node == null) {
            throw new IllegalArgumentException("the input has no field '" + field + "'");
        }
        return node;
    }

    /** The start of a value's JSON text, enough to recognise it in one line. */
    static String brief(JsonNode node) {
        String text = String.valueOf(node);
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
