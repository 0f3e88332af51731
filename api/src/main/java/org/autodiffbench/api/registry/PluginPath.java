package org.autodiffbench.api.registry;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The plugin folders a process loads engine jars from, as the system property
 * {@value #PROPERTY} carries them: folders separated by the platform's path separator
 * ({@code :} on Linux and macOS, {@code ;} on Windows). A launcher that starts other JVMs (JMH
 * forks, child processes) passes {@code -D}{@value #PROPERTY}{@code =…} on, so that every process
 * sees the same engines.
 */
public final class PluginPath {

    /** The system property {@link EngineRegistry#discover()} reads its plugin folders from. */
    public static final String PROPERTY = "autodiffbench.pluginPath";

    private PluginPath() {
    }

    /** The folders named by the system property {@value #PROPERTY}; none when it is unset or blank. */
    public static List<Path> fromSystemProperty() {
        return parse(System.getProperty(PROPERTY, ""));
    }

    /** Splits a path-separator separated list of folders; blank entries are skipped. */
    public static List<Path> parse(String value) {
        List<Path> folders = new ArrayList<>();
        for (String entry : value.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                folders.add(Path.of(entry.trim()));
            }
        }
        return List.copyOf(folders);
    }

    /** The value of {@value #PROPERTY} that names these folders, e.g. for {@code -D} of a child JVM. */
    public static String format(List<Path> folders) {
        return folders.stream().map(p -> p.toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator));
    }
}
