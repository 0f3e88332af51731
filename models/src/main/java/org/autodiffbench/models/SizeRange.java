package org.autodiffbench.models;

/**
 * The sizes a family accepts, inclusive, and what a size means (e.g. "hidden width w").
 */
public record SizeRange(int min, int max, String meaning) {

    public boolean contains(int size) {
        return size >= min && size <= max;
    }

    /** Refuses a size out of range with a message that names the range. */
    public void require(String family, int size) {
        if (!contains(size)) {
            throw new IllegalArgumentException("size " + size + " is out of range for model '" + family
                    + "': " + meaning + " must be between " + min + " and " + max);
        }
    }
}
