package org.autodiffbench.results;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Option maps as results keep them: immutable, in key order, so files and labels come out the same every time. */
public final class OptionMaps {

    private OptionMaps() {
    }

    /** An immutable copy in key order; null reads as empty. */
    public static <V> SortedMap<String, V> copy(Map<String, V> map) {
        return Collections.unmodifiableSortedMap(map == null ? new TreeMap<>() : new TreeMap<>(map));
    }

    /** {@code k=v,k=v} in key order, empty for no entries: a label for people and ids, never parsed back. */
    public static String label(Map<String, String> map) {
        return map.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    }
}
