package org.autodiffbench.harness.campaign;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which shard of a campaign a run measures, as {@code --shard K/N} names it: shard {@code index}
 * of {@code count}, counted from 1.
 */
public record ShardSelection(int index, int count) {

    private static final Pattern K_OF_N = Pattern.compile("(\\d{1,9})/(\\d{1,9})");

    public ShardSelection {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException(refusal(index + "/" + count));
        }
    }

    /**
     * Reads {@code K/N}.
     *
     * @throws IllegalArgumentException in one line saying what a shard is, for anything but 1 ≤ K ≤ N
     */
    public static ShardSelection parse(String text) {
        Matcher m = K_OF_N.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException(refusal(text));
        }
        return new ShardSelection(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    private static String refusal(String text) {
        return "--shard " + text + " is not a shard: give K/N with 1 <= K <= N, e.g. --shard 1/3 for the first of"
                + " three";
    }

    /** {@code K/N}. */
    public String label() {
        return index + "/" + count;
    }
}
