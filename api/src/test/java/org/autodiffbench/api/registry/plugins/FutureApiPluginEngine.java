package org.autodiffbench.api.registry.plugins;

import org.autodiffbench.api.ApiVersion;

/** A plugin engine built for an API version after this one. */
public class FutureApiPluginEngine extends PluginTestEngine {

    @Override
    public String id() {
        return "plugin-future";
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT + 1;
    }
}
