package org.autodiffbench.api.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PluginPathTest {

    @Test
    void foldersAreSplitAtThePathSeparatorAndBlankEntriesSkipped() {
        String value = "/opt/plugins" + File.pathSeparator + " " + File.pathSeparator + "relative/dir "
                + File.pathSeparator;
        assertThat(PluginPath.parse(value)).containsExactly(Path.of("/opt/plugins"), Path.of("relative/dir"));
    }

    @Test
    void anEmptyValueNamesNoFolder() {
        assertThat(PluginPath.parse("")).isEmpty();
        assertThat(PluginPath.parse("   ")).isEmpty();
    }

    @Test
    void formatAndParseRoundTripAsAbsoluteFolders() {
        List<Path> folders = List.of(Path.of("/a/b"), Path.of("c"));
        assertThat(PluginPath.parse(PluginPath.format(folders)))
                .containsExactly(Path.of("/a/b"), Path.of("c").toAbsolutePath());
    }

    @Test
    void unsetPropertyNamesNoFolder() {
        assertThat(System.getProperty(PluginPath.PROPERTY)).isNull();
        assertThat(PluginPath.fromSystemProperty()).isEmpty();
    }
}
