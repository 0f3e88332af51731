package org.autodiffbench.results;

import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineMode;
import org.autodiffbench.api.ExecutionStyle;

/**
 * What an engine declared of itself when the cell ran: its version, its mode and its execution
 * style. Reports take theory lines, the Jacobian crossover and series styles from the mode, and
 * set interpreted beside compiled engines by the execution style, never by the id.
 *
 * @param tool what an external GradBench tool declared and cost; null for an engine of this project
 * @param executionStyle whether the engine interprets or compiles the graph; {@link ExecutionStyle#OTHER}
 *     when it did not say, and in files written before it was recorded
 */
public record EngineFacts(String version, EngineMode mode, ToolFacts tool, ExecutionStyle executionStyle) {

    public EngineFacts {
        mode = mode == null ? EngineMode.OTHER : mode;
        executionStyle = executionStyle == null ? ExecutionStyle.OTHER : executionStyle;
    }

    /** What an external tool declared, its execution style unknown. */
    public EngineFacts(String version, EngineMode mode, ToolFacts tool) {
        this(version, mode, tool, ExecutionStyle.OTHER);
    }

    /** An engine of this project, loaded in the harness or a cell's JVM. */
    public EngineFacts(String version, EngineMode mode, ExecutionStyle executionStyle) {
        this(version, mode, null, executionStyle);
    }

    /** An engine of this project whose execution style is not known. */
    public EngineFacts(String version, EngineMode mode) {
        this(version, mode, null, ExecutionStyle.OTHER);
    }

    /**
     * What the engine declares; a plugin whose declarations throw is recorded without them
     * (version null, mode {@link EngineMode#OTHER}, execution style {@link ExecutionStyle#OTHER}),
     * its cell will say what went wrong.
     */
    public static EngineFacts of(DiffEngine engine) {
        String version;
        EngineMode mode;
        ExecutionStyle style;
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
        try {
            style = engine.executionStyle();
        } catch (RuntimeException | LinkageError e) {
            style = ExecutionStyle.OTHER;
        }
        return new EngineFacts(version, mode, style);
    }
}
