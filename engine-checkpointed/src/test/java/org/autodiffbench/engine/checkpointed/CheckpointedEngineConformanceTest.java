package org.autodiffbench.engine.checkpointed;

import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.tck.CheckpointedConformanceTest;

/** The conformance kit on the checkpointed engine with its default options. */
class CheckpointedEngineConformanceTest extends CheckpointedConformanceTest {

    @Override
    protected DiffEngine engine() {
        return new CheckpointedEngine();
    }
}
