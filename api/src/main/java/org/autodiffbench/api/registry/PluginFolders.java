package org.autodiffbench.api.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.autodiffbench.api.DiffEngine;

/**
 * Loads the engine jars of plugin folders: every {@code *.jar} directly in a folder, in name
 * order, each with its own {@link PluginClassLoader}. A folder that is missing or not a folder
 * and a jar that cannot be read are failures; a folder without jars and a jar without a service
 * file are warnings, since nothing in them failed to load. The class loaders stay open for as
 * long as their engines live.
 */
final class PluginFolders {

    static final String SERVICE_FILE = "META-INF/services/" + DiffEngine.class.getName();

    private PluginFolders() {
    }

    static void load(List<Path> folders, ClassLoader parent, Discovery discovery) {
        Set<Path> seen = new HashSet<>();
        for (Path folder : folders) {
            Path absolute = folder.toAbsolutePath().normalize();
            if (seen.add(absolute)) {
                loadFolder(absolute, parent, discovery);
            }
        }
    }

    private static void loadFolder(Path folder, ClassLoader parent, Discovery discovery) {
        if (!Files.exists(folder)) {
            discovery.fail(folder.toString(), "plugin folder does not exist; give a folder that holds engine jars");
            return;
        }
        if (!Files.isDirectory(folder)) {
            discovery.fail(folder.toString(), "is not a folder; give the folder that holds the engine jar, not a file");
            return;
        }
        List<Path> jars;
        try (Stream<Path> entries = Files.list(folder)) {
            jars = entries.filter(p -> Files.isRegularFile(p)
                    && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            discovery.fail(folder.toString(), "plugin folder cannot be listed: " + Discovery.oneLine(e));
            return;
        }
        if (jars.isEmpty()) {
            discovery.warn("plugin folder " + folder + " holds no .jar files");
            return;
        }
        for (Path jar : jars) {
            loadJar(jar, parent, discovery);
        }
    }

    private static void loadJar(Path jar, ClassLoader parent, Discovery discovery) {
        try (JarFile file = new JarFile(jar.toFile())) {
            if (file.getEntry(SERVICE_FILE) == null) {
                discovery.warn("plugin " + jar + " offers no engine: it has no " + SERVICE_FILE);
                return;
            }
        } catch (IOException | SecurityException e) {
            discovery.fail(jar.toString(), "not a readable jar (" + Discovery.oneLine(e)
                    + "); rebuild it or take it out of the plugin folder");
            return;
        }
        PluginClassLoader loader;
        try {
            loader = new PluginClassLoader(jar, parent);
        } catch (IOException e) {
            discovery.fail(jar.toString(), "cannot be opened: " + Discovery.oneLine(e));
            return;
        }
        discovery.load(loader, " in " + jar);
    }
}
