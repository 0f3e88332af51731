package org.autodiffbench.engine.forward;

/** The conformance kit on the forward engine with three tangent lanes per sweep. */
class ForwardEngineThreeLanesConformanceTest extends ForwardEngineConformanceTest {

    @Override
    int lanes() {
        return 3;
    }
}
