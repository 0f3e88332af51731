package org.autodiffbench.models;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes family plugin jars: a service file naming provider classes of the test class path,
 * which each jar's class loader finds through its parent.
 */
final class FamilyJars {

    static final String SERVICE_FILE = "META-INF/services/" + ModelFamily.class.getName();

    private FamilyJars() {
    }

    /** A jar {@code folder/name} whose family service file lists {@code providers}. */
    static Path write(Path folder, String name, Class<?>... providers) throws IOException {
        return write(folder, name, SERVICE_FILE,
                Stream.of(providers).map(Class::getName).collect(Collectors.joining("\n")) + "\n");
    }

    /** A jar {@code folder/name} holding one service file {@code serviceFile} with {@code services} as its text. */
    static Path write(Path folder, String name, String serviceFile, String services) throws IOException {
        Path jar = folder.resolve(name);
        Files.createDirectories(folder);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry(serviceFile));
            out.write(services.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }
}
