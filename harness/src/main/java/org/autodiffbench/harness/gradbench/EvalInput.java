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

    /** A {@code double[][]} field: a rectangular matrix with at least one row and one column; messages name the eval. */
    static double[][] rows(JsonNode input, String field, String eval) {
        JsonNode rows = input == null ? null : input.get(field);
        if (rows == null || !rows.isArray() || rows.isEmpty()) {
            throw new IllegalArgumentException(eval + " input field '" + field
                    + "' is missing or not a non-empty array of rows (double[][])");
        }
        double[][] matrix = new double[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            JsonNode row = rows.get(r);
            if (!row.isArray() || row.isEmpty() || (r > 0 && row.size() != matrix[0].length)) {
                throw new IllegalArgumentException(eval + " input field '" + field + "' row " + r
                        + " is not an array of as many numbers as row 0 (" + (r == 0 ? "at least one" : matrix[0].length) + ")");
            }
            matrix[r] = new double[row.size()];
            for (int k = 0; k < row.size(); k++) {
                if (!row.get(k).isNumber()) {
                    throw new IllegalArgumentException(eval + " input field '" + field + "' row " + r + " entry " + k
                            + " is " + row.get(k) + "; it must be a number");
                }
                matrix[r][k] = row.get(k).doubleValue();
            }
        }
        return matrix;
    }

    /** The rows of a rectangular matrix end to end. */
    static double[] flat(double[][] matrix) {
        int columns = matrix[0].length;
        double[] flat = new double[matrix.length * columns];
        for (int r = 0; r < matrix.length; r++) {
            System.arraycopy(matrix[r], 0, flat, r * columns, columns);
        }
        return flat;
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
