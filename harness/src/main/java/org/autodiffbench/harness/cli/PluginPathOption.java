package org.autodiffbench.harness.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.autodiffbench.api.registry.PluginPath;
import picocli.CommandLine.Option;

/**
 * {@code --plugin-path DIR}: folders of engine and model family jars, each jar loaded with its
 * own class loader. The folders go into the system property every engine and family discovery reads, and from there to
 * every child JVM and JMH fork the harness starts.
 */
final class PluginPathOption {

    @Option(names = "--plugin-path", paramLabel = "DIR",
            description = "A folder of engine or model family plugin jars, each loaded with its own class loader; repeatable, and"
                    + " one value may join several folders with the path separator. See PLUGINS.md.")
    void folders(List<String> values) {
        List<Path> folders = new ArrayList<>();
        for (String value : values) {
            folders.addAll(PluginPath.parse(value));
        }
        add(folders);
    }

    /** Adds folders to those already named (by the flag, a campaign file or -D). */
    static void add(List<Path> folders) {
        if (folders.isEmpty()) {
            return;
        }
        List<Path> all = new ArrayList<>(PluginPath.fromSystemProperty());
        for (Path folder : folders) {
            Path absolute = folder.toAbsolutePath().normalize();
            if (!all.contains(absolute)) {
                all.add(absolute);
            }
        }
        System.setProperty(PluginPath.PROPERTY, PluginPath.format(all));
    }
}
