package org.autodiffbench.engine.compiled;

import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.tck.CheckpointedConformanceTest;

/** The conformance kit on the compiled checkpointed engine with its default options. */
class CompiledCheckpointedEngineConformanceTest extends CheckpointedConformanceTest {

    @Override
    protected DiffEngine engine() {
        return new CompiledCheckpointedEngine();
    }
}
