package org.autodiffbench.harness.gradbench;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A tool's output read as the eval's README types it; anything else is refused with an
 * IllegalArgumentException saying what was expected and what came.
 */
final class EvalOutput {

    private EvalOutput() {
    }

    /** A {@code double}, as one element. */
    static double[] number(JsonNode output) {
        if (output == null || !output.isNumber()) {
            throw new IllegalArgumentException("the output must be a number, was " + EvalInput.brief(output));
        }
        return new double[] {output.doubleValue()};
    }

    /** A {@code double[]} of {@code length} numbers. */
    static double[] array(JsonNode output, int length) {
        if (output == null || !output.isArray() || output.size() != length) {
            throw new IllegalArgumentException("the output must be an array of " + length + " numbers, was "
                    + EvalInput.brief(output));
        }
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            if (!output.get(i).isNumber()) {
                throw new IllegalArgumentException("the output's element " + i + " must be a number, was "
                        + EvalInput.brief(output.get(i)));
            }
            values[i] = output.get(i).doubleValue();
        }
        return values;
    }
}
