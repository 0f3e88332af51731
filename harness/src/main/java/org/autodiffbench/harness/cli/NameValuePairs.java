package org.autodiffbench.harness.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads repeated {@code name=value} options such as {@code --option lanes=4} or {@code --model-option width=16}. */
final class NameValuePairs {

    private NameValuePairs() {
    }

    /**
     * The pairs in the order given.
     *
     * @param flag the option they came from, for the error message
     * @param example a well-formed pair of that option, e.g. {@code lanes=4}, for the error message
     * @throws IllegalArgumentException for a pair without a name or value, or a name given twice
     */
    static Map<String, String> parse(String flag, String example, List<String> pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? "" : pair.substring(0, eq).trim();
            String value = eq < 0 ? "" : pair.substring(eq + 1).trim();
            if (name.isEmpty() || value.isEmpty()) {
                throw new IllegalArgumentException(flag + " '" + pair + "' is not of the form name=value; e.g. "
                        + flag + " " + example);
            }
            if (map.put(name, value) != null) {
                throw new IllegalArgumentException(flag + " gives " + name + " twice; give each option once");
            }
        }
        return map;
    }
}
