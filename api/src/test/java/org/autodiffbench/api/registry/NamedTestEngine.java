package org.autodiffbench.api.registry;

/** A provider whose id is whatever the test gives it, to try the rule engine ids must follow. */
public class NamedTestEngine extends TrivialTestEngine {

    private final String id;

    NamedTestEngine(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
