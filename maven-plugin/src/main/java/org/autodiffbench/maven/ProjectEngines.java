package org.autodiffbench.maven;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.project.MavenProject;

/**
 * The engines and model families of the project being built: its jar (its classes folder when the
 * goal runs before {@code package}) and its runtime dependencies, as a class loader whose parent is
 * the plugin's. A dependency the plugin itself brings (the api, Jackson, …) is left to the plugin's
 * copy, so Maven's JVM and the cells' JVMs load one and the same. The harness finds engines through
 * the thread's context class loader, and a cell's JVM gets every jar of that loader and of its
 * parents on its class path, so the project's engines run beside the built-in ones in cells
 * started exactly as the command line starts them.
 */
final class ProjectEngines {

    private static final Set<String> RUNTIME_SCOPES = Set.of(Artifact.SCOPE_COMPILE, Artifact.SCOPE_RUNTIME,
            Artifact.SCOPE_SYSTEM);

    private ProjectEngines() {
    }

    /**
     * The project's jar or classes folder (when either exists), then each runtime dependency
     * whose group and artifact id the plugin does not already have.
     */
    static List<Path> classPath(MavenProject project, Collection<Artifact> pluginArtifacts) {
        List<Path> entries = new ArrayList<>();
        File jar = project.getArtifact() == null ? null : project.getArtifact().getFile();
        Path classes = Path.of(project.getBuild().getOutputDirectory());
        if (jar != null && jar.isFile()) {
            entries.add(jar.toPath());
        } else if (Files.isDirectory(classes)) {
            entries.add(classes);
        }
        Set<String> pluginHas = pluginArtifacts.stream().map(ProjectEngines::key).collect(Collectors.toSet());
        for (Artifact dependency : project.getArtifacts()) {
            if (RUNTIME_SCOPES.contains(dependency.getScope()) && !pluginHas.contains(key(dependency))
                    && dependency.getFile() != null) {
                entries.add(dependency.getFile().toPath());
            }
        }
        return entries;
    }

    /** A class loader of {@code classPath} over the plugin's. */
    static URLClassLoader loader(List<Path> classPath, ClassLoader plugin) {
        URL[] urls = new URL[classPath.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = classPath.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("not a usable class path entry: " + classPath.get(i), e);
            }
        }
        return new URLClassLoader("autodiffbench project engines", urls, plugin);
    }

    private static String key(Artifact artifact) {
        return artifact.getGroupId() + ":" + artifact.getArtifactId();
    }
}
