package org.autodiffbench.api;

import java.util.Locale;

/**
 * How an engine runs its derivative program, declared by the engine and recorded with every
 * result, so that a report can set a tape interpreter beside a source transformation of the same
 * mode without knowing either engine.
 */
public enum ExecutionStyle {

    /** Walks the graph node by node at every call, dispatching on each primitive. */
    INTERPRETED,
    /** Turns the graph's derivative program into JVM code at prepare time and runs that code. */
    COMPILED,
    /** Hands the graph to another library (a peer such as commons-math or libtorch). */
    LIBRARY,
    /** None of these, or not declared. */
    OTHER;

    /** The lower-case name used in results and on the command line, e.g. {@code compiled}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The style named by {@link #label()}. */
    public static ExecutionStyle fromLabel(String label) {
        for (ExecutionStyle style : values()) {
            if (style.label().equals(label)) {
                return style;
            }
        }
        throw new IllegalArgumentException("unknown execution style '" + label
                + "'; expected one of interpreted, compiled, library, other");
    }
}
