package org.autodiffbench.harness.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The values of {@code --at x1=2,x2=5}: one number for each variable of a formula, in the order given. */
final class PointAssignment {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final String EXAMPLE = "e.g. --at x1=2,x2=5";

    private final Map<String, Double> values;

    private PointAssignment(Map<String, Double> values) {
        this.values = values;
    }

    /**
     * Reads the {@code --at} text and checks it against the formula's variables.
     *
     * @throws IllegalArgumentException for a malformed pair, a value that is not a finite number, a
     *     variable given twice, a name that is not a variable, or a variable left out
     */
    static PointAssignment parse(String text, List<String> variables) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (String entry : text.split(",", -1)) {
            String pair = entry.trim();
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                String what = pair.isEmpty() ? "an empty entry" : "entry '" + pair + "'";
                throw new IllegalArgumentException("--at has " + what
                        + "; give name=value pairs separated by commas, " + EXAMPLE);
            }
            String name = pair.substring(0, eq).trim();
            String raw = pair.substring(eq + 1).trim();
            if (!NUMBER.matcher(raw).matches() || !Double.isFinite(Double.parseDouble(raw))) {
                throw new IllegalArgumentException("--at " + name + "=" + raw + ": '" + raw
                        + "' is not a finite number; write numbers like 2, -0.5 or 1e-3");
            }
            if (values.put(name, Double.parseDouble(raw)) != null) {
                throw new IllegalArgumentException("--at gives " + name + " twice; give each variable once");
            }
        }
        List<String> unknown = new ArrayList<>(values.keySet());
        unknown.removeAll(new HashSet<>(variables));
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("--at names " + NameList.of(unknown)
                    + ", which the formula does not use; its variables are " + NameList.of(variables));
        }
        List<String> missing = new ArrayList<>(variables);
        missing.removeAll(values.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("--at is missing " + NameList.of(missing)
                    + "; give a value for every variable: " + NameList.of(variables));
        }
        return new PointAssignment(values);
    }

    /** The variables in --at order, which becomes the order of the inputs. */
    List<String> names() {
        return List.copyOf(values.keySet());
    }

    /** The values in --at order. */
    double[] point() {
        return values.values().stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** {@code x1=2, x2=5}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        values.forEach((name, value) -> s.append(s.length() == 0 ? "" : ", ").append(name).append('=')
                .append(NumberText.format(value)));
        return s.toString();
    }
}
