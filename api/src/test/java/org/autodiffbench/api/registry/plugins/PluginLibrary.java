package org.autodiffbench.api.registry.plugins;

/** A library class that a plugin needs and its jar leaves out. */
public final class PluginLibrary {

    private PluginLibrary() {
    }

    public static String name() {
        return "library";
    }
}
