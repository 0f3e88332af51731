package org.autodiffbench.api.registry.plugins;

/** A plugin engine whose constructor fails, as one missing a native library would. */
public class ThrowingPluginEngine extends PluginTestEngine {

    public static final String MESSAGE = "plugin engine cannot start";

    public ThrowingPluginEngine() {
        throw new IllegalStateException(MESSAGE);
    }

    @Override
    public String id() {
        return "plugin-throwing";
    }
}
