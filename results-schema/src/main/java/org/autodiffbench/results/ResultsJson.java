package org.autodiffbench.results;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import org.autodiffbench.api.EngineMode;
import org.autodiffbench.api.ExecutionStyle;
import org.autodiffbench.api.Operator;

/**
 * The one Jackson configuration of results and of every message that carries their records
 * (a cell's task, its reports, its JMH parameter): indented, map entries in key order, the api's
 * enums by their labels ({@code gradient}, {@code checkpointed-reverse}).
 */
public final class ResultsJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addMixIn(Operator.class, ByLabel.class)
            .addMixIn(EngineMode.class, ByLabel.class)
            .addMixIn(ExecutionStyle.class, ByLabel.class)
            .build();

    private ResultsJson() {
    }

    /** Written and read by {@code label()}, which the api's enums have and Jackson cannot know of. */
    private abstract static class ByLabel {

        @JsonValue
        abstract String label();
    }

    private static final ObjectWriter ONE_LINE = MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

    /** The shared mapper. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** A record as one line of JSON, e.g. a cell's spec passed to another JVM. */
    public static String oneLine(Object value) {
        try {
            return ONE_LINE.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName() + " as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }
}
