package org.autodiffbench.harness.gradbench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Function;

/**
 * The eval's side of one operator on a model: the function GradBench's eval calls, its input in
 * the eval's type (without {@code min_runs} and {@code min_seconds}, which the caller adds), and
 * how the tool's output reads back as this project's answer: the value, or the derivative.
 *
 * @param answer the output as a flat array, in the order the model's graph has it; throws
 *     IllegalArgumentException, saying what was expected, for an output not of the eval's type
 */
public record EvalCall(String function, JsonNode input, Function<JsonNode, double[]> answer) {
}
