package org.autodiffbench.api.registry.plugins;

/** A well-formed plugin engine with the id {@code plugin-good}. */
public class GoodPluginEngine extends PluginTestEngine {

    public static final String ID = "plugin-good";

    @Override
    public String id() {
        return ID;
    }
}
