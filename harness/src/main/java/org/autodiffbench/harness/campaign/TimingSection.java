package org.autodiffbench.harness.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Reads a {@code timing} or {@code quick} section; a field left out takes the section's default. */
final class TimingSection {

    private static final List<String> FIELDS = List.of("forks", "warmupIterations", "warmupMillis",
            "measurementIterations", "measurementMillis");

    private TimingSection() {
    }

    /** The settings {@code section} gives (null for an absent section), problems recorded under {@code where}. */
    static TimingSettings read(JsonNode section, String where, TimingSettings defaults, List<String> problems) {
        if (section == null) {
            return defaults;
        }
        return JsonFields.of(section, where, problems, FIELDS).map(fields -> new TimingSettings(
                (int) fields.wholeNumber("forks", defaults.forks(), 1, Integer.MAX_VALUE,
                        "JMH times in forked JVMs"),
                (int) fields.wholeNumber("warmupIterations", defaults.warmupIterations(), 0, Integer.MAX_VALUE, ""),
                (int) fields.wholeNumber("warmupMillis", defaults.warmupMillis(), 1, Integer.MAX_VALUE, ""),
                (int) fields.wholeNumber("measurementIterations", defaults.measurementIterations(),
                        CampaignDefaults.MIN_MEASUREMENT_ITERATIONS, Integer.MAX_VALUE,
                        "fewer iterations give no usable interval or spread"),
                (int) fields.wholeNumber("measurementMillis", defaults.measurementMillis(), 1, Integer.MAX_VALUE, "")))
                .orElse(defaults);
    }
}
