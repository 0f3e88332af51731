package org.autodiffbench.api.registry;

/** A provider whose constructor fails, as one with a missing native library would. */
public class ThrowingTestEngine extends TrivialTestEngine {

    static final String MESSAGE = "test engine cannot start";

    public ThrowingTestEngine() {
        throw new IllegalStateException(MESSAGE);
    }
}
