package org.autodiffbench.models;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.autodiffbench.api.OptionSpec;

/**
 * Checks the options given to {@link ModelFamily#instance} against the family's
 * {@link ModelFamily#options()}, and reads their values with the declared defaults.
 */
public final class FamilyOptions {

    private FamilyOptions() {
    }

    /**
     * Refuses options the family does not declare.
     *
     * @throws IllegalArgumentException naming the unknown options and the accepted ones
     */
    public static void requireKnown(ModelFamily family, Map<String, String> options) {
        Objects.requireNonNull(options, "options must not be null; pass an empty map for the defaults");
        Set<String> accepted = family.options().stream().map(OptionSpec::name).collect(Collectors.toSet());
        Set<String> unknown = new TreeSet<>(options.keySet());
        unknown.removeAll(accepted);
        if (unknown.isEmpty()) {
            return;
        }
        String names = unknown.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
        String known = accepted.isEmpty()
                ? "it accepts no options"
                : "accepted options: " + family.options().stream().map(OptionSpec::name).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("unknown option " + names + " for model '" + family.id() + "'; " + known);
    }

    /**
     * The integer value of a declared option, or its declared default when absent.
     *
     * @throws IllegalArgumentException when the value is not an integer in {@code [min, max]}
     */
    public static int intOption(ModelFamily family, Map<String, String> options, String name, int min, int max) {
        OptionSpec spec = spec(family, name);
        String text = options.getOrDefault(name, spec.defaultValue());
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, with the range the option accepts
        }
        throw new IllegalArgumentException("option '" + name + "' of model '" + family.id()
                + "' must be an integer between " + min + " and " + max + ", was '" + text + "'");
    }

    private static OptionSpec spec(ModelFamily family, String name) {
        Optional<OptionSpec> spec = family.options().stream().filter(o -> o.name().equals(name)).findFirst();
        return spec.orElseThrow(() -> new IllegalStateException(
                "model '" + family.id() + "' reads option '" + name + "' but does not declare it in options()"));
    }
}
