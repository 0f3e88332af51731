package org.autodiffbench.api.registry;

/** A second provider that claims the id {@code test-good}, listed after {@link GoodTestEngine}. */
public class DuplicateIdTestEngine extends TrivialTestEngine {
}
