package org.autodiffbench.harness.runner;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Options as one line of text, {@code k=v,k=v} in key order, for JMH parameters (which are
 * strings). Keys and values are URL-encoded, so any value survives the round trip.
 */
final class OptionText {

    private OptionText() {
    }

    static String encode(Map<String, String> options) {
        return new TreeMap<>(options).entrySet().stream()
                .map(e -> escape(e.getKey()) + "=" + escape(e.getValue()))
                .collect(Collectors.joining(","));
    }

    static Map<String, String> decode(String text) {
        Map<String, String> options = new TreeMap<>();
        if (text.isEmpty()) {
            return options;
        }
        for (String pair : text.split(",")) {
            int eq = pair.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("option text '" + text + "' is not of the form k=v,k=v");
            }
            options.put(unescape(pair.substring(0, eq)), unescape(pair.substring(eq + 1)));
        }
        return options;
    }

    private static String escape(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String unescape(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
