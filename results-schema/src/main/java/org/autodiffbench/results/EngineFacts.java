package org.autodiffbench.results;

import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineMode;

/**
 * What an engine declared of itself when the cell ran: its version and its mode. Reports take
 * theory lines, the Jacobian crossover and series styles from the mode, never from the id.
 *
 * @param tool what an external GradBench tool declared and cost; null for an engine of this project
 */
public record EngineFacts(String version, EngineMode mode, ToolFacts tool) {

    public EngineFacts {
        mode = mode == null ? EngineMode.OTHER : mode;
    }

    /** An engine of this project, loaded in the harness or a cell's JVM. */
    public EngineFacts(String version, EngineMode mode) {
        this(version, mode, null);
    }

    /**
     * What the engine declares; a plugin whose declarations throw is recorded without them
     * (version null, mode {@link EngineMode#OTHER}), its cell will say what went wrong.
     */
    public static EngineFacts of(DiffEngine engine) {
        String version;
        EngineMode mode;
        try {
            version = engine.version();
        } catch (RuntimeException | LinkageError e) {
            version = null;
        }
        try {
            mode = engine.mode();
        } catch (RuntimeException | LinkageError e) {
            mode = EngineMode.OTHER;
        }
        return new EngineFacts(version, mode);
    }
}
