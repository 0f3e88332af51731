package org.autodiffbench.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run before the last: moved aside whole, replacing an older one; a folder without results stays. */
class PreviousRunTest {

    @TempDir
    Path target;

    @Test
    void aRunIsMovedBesideItsFolderAndReplacesTheOneBefore() throws Exception {
        Path out = target.resolve("autodiffbench");
        Files.createDirectories(out.resolve("jmh"));
        Files.writeString(out.resolve("results.json"), "second");
        Files.writeString(out.resolve("jmh").resolve("1.json"), "[]");
        Path older = Files.createDirectories(target.resolve("autodiffbench-previous").resolve("report"));
        Files.writeString(older.getParent().resolve("results.json"), "first");

        assertThat(PreviousRun.keep(out)).isTrue();

        Path previous = target.resolve("autodiffbench-previous");
        assertThat(PreviousRun.of(out)).isEqualTo(previous);
        assertThat(out).doesNotExist();
        assertThat(previous.resolve("results.json")).hasContent("second");
        assertThat(previous.resolve("jmh").resolve("1.json")).exists();
        assertThat(previous.resolve("report")).doesNotExist();
    }

    @Test
    void aFolderWithoutResultsIsLeftAlone() throws Exception {
        Path out = Files.createDirectories(target.resolve("autodiffbench"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        assertThat(PreviousRun.keep(out)).isFalse();
        assertThat(out.resolve("notes.txt")).hasContent("mine");
        assertThat(target.resolve("autodiffbench-previous")).doesNotExist();
    }
}
