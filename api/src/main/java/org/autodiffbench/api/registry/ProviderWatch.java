package org.autodiffbench.api.registry;

import org.autodiffbench.api.DiffEngine;

/**
 * What a discovery asks before it makes each provider of a plugin jar, and tells around making
 * it: how the harness keeps providers a probe found dangerous from being made at all, and how
 * the probe sees which provider never came back.
 */
interface ProviderWatch {

    /** Makes every provider and watches none. */
    ProviderWatch NONE = provider -> null;

    /**
     * Why this provider must not be made, or null to make it.
     *
     * @param provider the class name and its jar, e.g. {@code com.example.MyEngine in /plugins/my.jar}
     */
    String refusal(String provider);

    /** The provider's constructor is about to run. */
    default void loading(String provider) {
    }

    /** The provider's constructor has returned {@code engine}, or thrown when {@code engine} is null. */
    default void loaded(String provider, DiffEngine engine) {
    }
}
