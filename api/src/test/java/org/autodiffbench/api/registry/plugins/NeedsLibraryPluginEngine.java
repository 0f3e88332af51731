package org.autodiffbench.api.registry.plugins;

/** A plugin engine whose constructor uses {@link PluginLibrary}, which its jar does not hold. */
public class NeedsLibraryPluginEngine extends PluginTestEngine {

    private final String library;

    public NeedsLibraryPluginEngine() {
        library = PluginLibrary.name();
    }

    @Override
    public String id() {
        return "plugin-needs-" + library;
    }
}
