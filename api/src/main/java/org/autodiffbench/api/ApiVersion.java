package org.autodiffbench.api;

/** The version of the engine SPI. An engine built for another version is refused at discovery. */
public final class ApiVersion {

    /**
     * The SPI version this build of the api defines. Bumped on any incompatible change: version 2
     * added primitives to the IR (an engine built for version 1 cannot know them) and
     * {@link DiffEngine#unsupportedPrimitives()}.
     */
    public static final int CURRENT = 2;

    private ApiVersion() {
    }
}
