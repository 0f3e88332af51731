package org.autodiffbench.harness.campaign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.registry.EngineRegistry;

/** Campaign files for tests: the shipped ones, and ones written into a temporary folder. */
final class CampaignFiles {

    /** Surefire runs in the module folder; the shipped campaigns are at the repository root. */
    static final Path SHIPPED = Path.of("..", "campaigns");

    private CampaignFiles() {
    }

    static Path shipped(String name) {
        return SHIPPED.resolve(name + ".json");
    }

    static Path write(Path folder, String json) {
        try {
            return Files.writeString(Files.createTempFile(folder, "campaign", ".json"), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The engines on the class path plus {@code extra}. */
    static EngineRegistry enginesWith(DiffEngine... extra) {
        List<DiffEngine> engines = new ArrayList<>(EngineRegistry.discover().available());
        engines.addAll(List.of(extra));
        return EngineRegistry.of(engines);
    }

    /** Reads {@code json} against the class path's engines and the given extra ones. */
    static CampaignPlan read(Path folder, String json, DiffEngine... extra) {
        return CampaignReader.read(write(folder, json), false, enginesWith(extra));
    }

    /** The problems reading {@code json} reports; fails when it reads without any. */
    static List<String> problems(Path folder, String json, DiffEngine... extra) {
        try {
            read(folder, json, extra);
        } catch (CampaignException e) {
            return e.problems();
        }
        throw new AssertionError("expected problems in campaign " + json);
    }
}
