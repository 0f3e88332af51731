package org.autodiffbench.api.registry;

import org.autodiffbench.api.ApiVersion;

/** A provider built for an API version that this build does not speak. */
public class OtherApiVersionTestEngine extends TrivialTestEngine {

    @Override
    public String id() {
        return "test-other-version";
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT + 1;
    }
}
