package org.autodiffbench.harness.gradbench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import org.autodiffbench.models.gradbench.GmmData;
import org.autodiffbench.models.gradbench.GmmFamily;

/**
 * An input of GradBench's {@code gmm} eval read from its JSON: the data (d, k, n, x, m, gamma) and
 * the point (alpha, mu, q, l), every field checked against the README's types and the dimensions.
 * Dimensions too large for one graph are refused before the arrays are read.
 */
record GmmInput(GmmData data, double[] point) {

    /**
     * @throws IllegalArgumentException naming the first field that is missing or does not fit
     * @throws GradBenchRefusal when N·K·D is above what one graph may hold
     */
    static GmmInput read(JsonNode input) {
        int d = integer(input, "d");
        int k = integer(input, "k");
        int n = integer(input, "n");
        if (d > 0 && k > 0 && n > 0) {
            try {
                GmmFamily.requireFits(d, k, n);
            } catch (IllegalArgumentException e) {
                throw new GradBenchRefusal(e.getMessage());
            }
        }
        GmmData data = new GmmData(d, k, n, rows(input, "x", n, d), integer(input, "m"), number(input, "gamma"));
        return new GmmInput(data, independent(input, data));
    }

    /**
     * The Independent fields alpha, mu, q and l of an input or a {@code jacobian} output, as the
     * point {@link GmmData#point} lays out.
     *
     * @throws IllegalArgumentException naming the first field that is missing or does not fit
     */
    static double[] independent(JsonNode object, GmmData data) {
        int k = data.k();
        int d = data.d();
        double[] alpha = numbers(field(object, "alpha"), "alpha", k);
        return data.point(alpha, rows(object, "mu", k, d), rows(object, "q", k, d),
                rows(object, "l", k, data.lowerEntries()));
    }

    private static JsonNode field(JsonNode input, String name) {
        JsonNode value = input.get(name);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("gmm input has no field '" + name + "'");
        }
        return value;
    }

    private static int integer(JsonNode input, String name) {
        JsonNode value = field(input, name);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new IllegalArgumentException("gmm field '" + name + "' must be an integer, was " + value);
        }
        return value.intValue();
    }

    private static double number(JsonNode input, String name) {
        JsonNode value = field(input, name);
        if (!value.isNumber()) {
            throw new IllegalArgumentException("gmm field '" + name + "' must be a number, was " + value);
        }
        return value.doubleValue();
    }

    /** A Float[] of {@code length} numbers. */
    private static double[] numbers(JsonNode array, String what, int length) {
        if (!array.isArray() || array.size() != length) {
            throw new IllegalArgumentException("gmm field '" + what + "' must be an array of " + length + " numbers, was "
                    + (array.isArray() ? "an array of " + array.size() : array.getNodeType().toString().toLowerCase(Locale.ROOT)));
        }
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            if (!array.get(i).isNumber()) {
                throw new IllegalArgumentException("gmm field '" + what + "' holds " + array.get(i) + " at " + i
                        + "; it must hold numbers");
            }
            values[i] = array.get(i).doubleValue();
        }
        return values;
    }

    /** A Float[][] of {@code rows} rows of {@code columns} numbers, row-major. */
    private static double[] rows(JsonNode input, String name, int rows, int columns) {
        JsonNode array = field(input, name);
        if (!array.isArray() || array.size() != rows) {
            throw new IllegalArgumentException("gmm field '" + name + "' must be an array of " + rows + " rows, was "
                    + (array.isArray() ? "an array of " + array.size() : array.getNodeType().toString().toLowerCase(Locale.ROOT)));
        }
        double[] values = new double[rows * columns];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(numbers(array.get(r), name + "[" + r + "]", columns), 0, values, r * columns, columns);
        }
        return values;
    }
}
