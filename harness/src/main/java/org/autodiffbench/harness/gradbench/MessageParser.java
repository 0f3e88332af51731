package org.autodiffbench.harness.gradbench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads one line of the eval's output as a {@link GradBenchMessage}. */
final class MessageParser {

    /** The kinds of message the protocol has, in the order a session meets them. */
    private static final Map<String, Class<? extends GradBenchMessage>> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("start", GradBenchMessage.Start.class);
        KINDS.put("define", GradBenchMessage.Define.class);
        KINDS.put("evaluate", GradBenchMessage.Evaluate.class);
        KINDS.put("analysis", GradBenchMessage.Analysis.class);
    }

    /** Fields a later protocol adds are read past, not refused. */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private MessageParser() {
    }

    /**
     * The message on this line.
     *
     * @throws MalformedMessageException for a line that is not a JSON object with an integer id and a
     *         known kind, or that lacks a field its kind requires; it carries the id when there is one
     */
    static GradBenchMessage parse(String line) {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new MalformedMessageException(null, "the line is not JSON (" + firstLine(e.getOriginalMessage())
                    + "); each line must be one JSON object");
        }
        if (node == null || !node.isObject()) {
            throw new MalformedMessageException(null, "a message must be a JSON object with an id and a kind, was "
                    + abbreviate(line));
        }
        Long id = id(node.get("id"));
        JsonNode kind = node.get("kind");
        if (kind == null || !kind.isTextual()) {
            throw new MalformedMessageException(id, "the message has no kind; give one of " + kinds());
        }
        Class<? extends GradBenchMessage> type = KINDS.get(kind.textValue());
        if (type == null) {
            throw new MalformedMessageException(id, "unknown message kind '" + kind.textValue() + "'; the kinds are "
                    + kinds());
        }
        try {
            return MAPPER.treeToValue(node, type);
        } catch (ValueInstantiationException e) {
            throw new MalformedMessageException(id, e.getCause() == null ? firstLine(e.getOriginalMessage())
                    : e.getCause().getMessage());
        } catch (JsonProcessingException e) {
            throw new MalformedMessageException(id, "the " + kind.textValue() + " message has a field of the wrong type ("
                    + firstLine(e.getOriginalMessage()) + ")");
        }
    }

    /** The known kinds, comma-separated. */
    static String kinds() {
        return String.join(", ", KINDS.keySet());
    }

    private static Long id(JsonNode id) {
        if (id == null) {
            throw new MalformedMessageException(null, "the message has no id; every message needs an integer id");
        }
        if (!id.canConvertToExactIntegral() || !id.canConvertToLong()) {
            throw new MalformedMessageException(null, "the message's id must be an integer, was " + id);
        }
        return id.longValue();
    }

    private static String firstLine(String message) {
        return message == null ? "no detail" : message.strip().lines().findFirst().orElse("no detail");
    }

    private static String abbreviate(String line) {
        String stripped = line.strip();
        return stripped.length() <= 40 ? stripped : stripped.substring(0, 40) + "…";
    }
}
