package org.autodiffbench.harness.cli;

import java.util.List;

/** Names for a message, cut to the first few and a count: {@code x1, x2, x3, x4, x5 and 995 more}. */
final class NameList {

    /** How many names a message lists before it counts the rest. */
    static final int SHOWN = 5;

    private NameList() {
    }

    /** The names comma-separated; beyond {@value #SHOWN}, the first {@value #SHOWN} and how many more. */
    static String of(List<String> names) {
        if (names.size() <= SHOWN) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, SHOWN)) + " and " + (names.size() - SHOWN) + " more";
    }
}
