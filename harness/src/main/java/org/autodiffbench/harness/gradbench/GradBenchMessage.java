package org.autodiffbench.harness.gradbench;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A message the eval sends, one JSON object per line, told apart by its {@code kind}: the
 * protocol of GradBench's CONTRIBUTING.md, section Protocol. Fields the protocol makes optional
 * are {@code null} when absent; a required field that is absent is refused by name.
 */
public sealed interface GradBenchMessage {

    /** The message's id, which the response repeats. */
    long id();

    /** {@code start}: the first message; {@code eval} and {@code config} are optional. */
    record Start(long id, String eval, JsonNode config) implements GradBenchMessage {
    }

    /** {@code define}: may the eval use this module? */
    record Define(long id, String module) implements GradBenchMessage {
        public Define {
            required("a define", "module", module);
        }
    }

    /** {@code evaluate}: run a function of a module at an input whose type the eval defines. */
    record Evaluate(long id, String module, String function, JsonNode input, String description)
            implements GradBenchMessage {
        public Evaluate {
            required("an evaluate", "module", module);
            required("an evaluate", "function", function);
            required("an evaluate", "input", input);
        }
    }

    /** {@code analysis}: what the eval made of the output of message {@code of}; only acknowledged. */
    record Analysis(long id, Long of, Boolean valid, String error) implements GradBenchMessage {
    }

    /** Refuses a required field that is absent; {@code message} names the kind, e.g. "a define". */
    private static void required(String message, String field, Object value) {
        if (value == null) {
            throw new IllegalArgumentException(message + " message needs '" + field + "'");
        }
    }
}
