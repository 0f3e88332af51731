package org.autodiffbench.harness.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, or {@code dev} when run from classes. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"autodiffbench " + (version == null ? "dev" : version)};
    }
}
