package org.autodiffbench.api.registry;

/**
 * What a discovery asks before it makes each provider of a plugin jar, and tells around making
 * it: how the harness keeps providers a probe found dangerous from being made at all, and how
 * the probe sees which provider never came back.
 *
 * @param <S> the service-provider interface
 */
interface ProviderWatch<S> {

    /** Makes every provider and watches none. */
    static <S> ProviderWatch<S> none() {
        return provider -> null;
    }

    /**
     * Why this provider must not be made, or null to make it.
     *
     * @param provider the class name and its jar, e.g. {@code com.example.MyEngine in /plugins/my.jar}
     */
    String refusal(String provider);

    /** The provider's constructor is about to run. */
    default void loading(String provider) {
    }

    /** The provider's constructor has returned {@code made}, or thrown when {@code made} is null. */
    default void loaded(String provider, S made) {
    }
}
