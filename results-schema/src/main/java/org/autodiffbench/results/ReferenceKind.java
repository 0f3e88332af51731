package org.autodiffbench.results;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a derivative was checked against. */
public enum ReferenceKind {
    /** The model family's hand-written derivative. */
    HAND,
    /** Another engine's derivative. */
    ENGINE,
    /** Central differences of the primal along random directions. */
    FINITE_DIFFERENCES,
    /** A reference of schema 1, whose kind the file did not record. */
    UNKNOWN;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static ReferenceKind fromLabel(String label) {
        for (ReferenceKind kind : values()) {
            if (kind.label().equals(label)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown reference kind '" + label + "'");
    }
}
