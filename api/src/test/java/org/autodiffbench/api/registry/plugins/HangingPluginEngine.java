package org.autodiffbench.api.registry.plugins;

/** A plugin engine whose constructor never returns, as one waiting for a lock forever would. */
public class HangingPluginEngine extends PluginTestEngine {

    public HangingPluginEngine() {
        long spins = 0;
        while (spins >= 0) {
            spins++;
            Thread.onSpinWait();
        }
    }

    @Override
    public String id() {
        return "plugin-hanging";
    }
}
