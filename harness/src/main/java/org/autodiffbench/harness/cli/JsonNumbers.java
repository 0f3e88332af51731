package org.autodiffbench.harness.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Puts numbers into JSON trees, writing NaN and infinities as null so that the JSON stays valid. */
final class JsonNumbers {

    private JsonNumbers() {
    }

    static void put(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, value);
        } else {
            node.putNull(field);
        }
    }

    /** Appends {@code values[from]} … {@code values[to - 1]} to {@code array}. */
    static ArrayNode addAll(ArrayNode array, double[] values, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Double.isFinite(values[i])) {
                array.add(values[i]);
            } else {
                array.addNull();
            }
        }
        return array;
    }
}
