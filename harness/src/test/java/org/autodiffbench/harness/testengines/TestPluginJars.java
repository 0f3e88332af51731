package org.autodiffbench.harness.testengines;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.models.ModelFamily;

/**
 * Writes plugin jars for a plugin folder: an engine or model family service file naming provider classes of the test
 * class path, which each jar's class loader finds through its parent, in this JVM and in the
 * JVMs the harness starts alike.
 */
public final class TestPluginJars {

    private TestPluginJars() {
    }

    /** A plugin jar {@code folder/name} whose service file lists {@code providers}. */
    public static Path write(Path folder, String name, Class<?>... providers) {
        return write(folder, name, Stream.of(providers).map(Class::getName).collect(Collectors.joining("\n")) + "\n");
    }

    /** A plugin jar {@code folder/name} whose service file holds {@code services} as written. */
    public static Path write(Path folder, String name, String services) {
        return write(folder, name, DiffEngine.class, services);
    }

    /** A family plugin jar {@code folder/name} whose model family service file holds {@code services} as written. */
    public static Path writeFamilies(Path folder, String name, String services) {
        return write(folder, name, ModelFamily.class, services);
    }

    private static Path write(Path folder, String name, Class<?> service, String services) {
        Path jar = folder.resolve(name);
        try {
            Files.createDirectories(folder);
            try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
                out.putNextEntry(new JarEntry("META-INF/services/" + service.getName()));
                out.write(services.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jar;
    }
}
