package org.autodiffbench.api.registry.plugins;

/** A plugin engine whose constructor ends the JVM that loads it, as a careless plugin might. */
public class ExitingPluginEngine extends PluginTestEngine {

    public static final int STATUS = 5;

    public ExitingPluginEngine() {
        System.exit(STATUS);
    }

    @Override
    public String id() {
        return "plugin-exiting";
    }
}
