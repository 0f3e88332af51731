package org.autodiffbench.api.registry;

/** A well-formed provider with the id {@code test-good}. */
public class GoodTestEngine extends TrivialTestEngine {
}
