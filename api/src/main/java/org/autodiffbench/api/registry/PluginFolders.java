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

/**
 * Loads the plugin jars of plugin folders: every {@code *.jar} directly in a folder, in name
 * order, each with its own {@link PluginClassLoader}, for the providers of one
 * {@link ServiceKind}. A folder that is missing or not a folder and a jar that cannot be read are
 * failures; a folder without jars and a jar that offers no autodiff-bench service at all are
 * warnings, since nothing in them failed to load. A jar that offers only another kind (a model
 * family, not an engine) is passed over without a word. The class loaders stay open for as long
 * as their providers live.
 */
final class PluginFolders {

    /** Where the service files of every autodiff-bench service-provider interface are. */
    static final String SERVICES_OF_ANY_KIND = "META-INF/services/org.autodiffbench.";

    private PluginFolders() {
    }

    static void load(List<Path> folders, ClassLoader parent, Discovery<?> discovery) {
        Set<Path> seen = new HashSet<>();
        for (Path folder : folders) {
            Path absolute = folder.toAbsolutePath().normalize();
            if (seen.add(absolute)) {
                loadFolder(absolute, parent, discovery);
            }
        }
    }

    private static void loadFolder(Path folder, ClassLoader parent, Discovery<?> discovery) {
        String noun = discovery.kind().noun();
        if (!Files.exists(folder)) {
            discovery.fail(folder.toString(), "plugin folder does not exist; give a folder that holds " + noun + " jars");
            return;
        }
        if (!Files.isDirectory(folder)) {
            discovery.fail(folder.toString(), "is not a folder; give the folder that holds the " + noun
                    + " jar, not a file");
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

    private static void loadJar(Path jar, ClassLoader parent, Discovery<?> discovery) {
        String serviceFile = discovery.kind().serviceFile();
        try (JarFile file = new JarFile(jar.toFile())) {
            if (file.getEntry(serviceFile) == null) {
                if (file.stream().noneMatch(entry -> entry.getName().startsWith(SERVICES_OF_ANY_KIND))) {
                    discovery.warn("plugin " + jar + " offers nothing: it has no " + serviceFile
                            + " nor any other " + SERVICES_OF_ANY_KIND + "* service file");
                }
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
        discovery.load(loader, jar);
    }
}
