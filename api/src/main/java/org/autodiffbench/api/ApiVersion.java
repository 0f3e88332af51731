package org.autodiffbench.api;

/** The version of the engine SPI. An engine built for another version is refused at discovery. */
public final class ApiVersion {

    /** The SPI version this build of the api defines. Bumped on any incompatible change. */
    public static final int CURRENT = 1;

    private ApiVersion() {
    }
}
