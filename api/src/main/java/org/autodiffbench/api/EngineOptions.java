package org.autodiffbench.api;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Immutable string options passed to {@link DiffEngine#prepare}, e.g. {@code lanes=8}. */
public final class EngineOptions {

    private static final EngineOptions NONE = new EngineOptions(Map.of());

    private final Map<String, String> values;

    private EngineOptions(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static EngineOptions none() {
        return NONE;
    }

    public static EngineOptions of(Map<String, String> values) {
        return new EngineOptions(values);
    }

    /** Parses {@code key=value} pairs. */
    public static EngineOptions parse(List<String> pairs) {
        Map<String, String> map = new TreeMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? "" : pair.substring(0, eq).trim();
            String value = eq < 0 ? "" : pair.substring(eq + 1).trim();
            if (name.isEmpty() || value.isEmpty()) {
                throw new IllegalArgumentException("option '" + pair + "' is not of the form name=value");
            }
            if (map.put(name, value) != null) {
                throw new IllegalArgumentException("option '" + name + "' is given twice; give it once");
            }
        }
        return new EngineOptions(map);
    }

    public Map<String, String> asMap() {
        return values;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public String get(String name, String defaultValue) {
        return values.getOrDefault(name, defaultValue);
    }

    /** An integer option; a value that is not an integer at least {@code min} is refused. */
    public int getInt(String name, int defaultValue, int min) {
        String raw = values.get(name);
        if (raw == null) {
            return defaultValue;
        }
        int value;
        try {
            value = Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option " + name + "=" + raw + " is not an integer");
        }
        if (value < min) {
            throw new IllegalArgumentException("option " + name + "=" + raw + " must be at least " + min);
        }
        return value;
    }

    /** Refuses any option the engine does not list, naming the ones it accepts. */
    public void requireKnown(String engineId, List<OptionSpec> accepted) {
        for (String name : values.keySet()) {
            if (accepted.stream().noneMatch(o -> o.name().equals(name))) {
                String known = accepted.isEmpty() ? "it takes no options"
                        : "it takes " + accepted.stream().map(OptionSpec::name).collect(Collectors.joining(", "));
                throw new IllegalArgumentException("engine '" + engineId + "' has no option '" + name + "'; " + known);
            }
        }
    }

    @Override
    public String toString() {
        return new TreeMap<>(values).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EngineOptions other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }
}
