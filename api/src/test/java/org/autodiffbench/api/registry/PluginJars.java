package org.autodiffbench.api.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.autodiffbench.api.DiffEngine;

/** Packs compiled test classes and a service file into a jar, as a plugin author's build would. */
final class PluginJars {

    static final String SERVICE_FILE = "META-INF/services/" + DiffEngine.class.getName();

    private PluginJars() {
    }

    /**
     * Writes a jar holding the class files of {@code classes} and, unless it is null, a
     * service file with {@code services} as its text.
     */
    static Path write(Path jar, List<Class<?>> classes, String services) throws IOException {
        return write(jar, classes, SERVICE_FILE, services);
    }

    /** Like {@link #write(Path, List, String)}, with the service file of another service-provider interface. */
    static Path write(Path jar, List<Class<?>> classes, String serviceFile, String services) throws IOException {
        Files.createDirectories(jar.getParent());
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (Class<?> type : classes) {
                String name = type.getName().replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(name));
                try (InputStream in = type.getClassLoader().getResourceAsStream(name)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            if (services != null) {
                out.putNextEntry(new JarEntry(serviceFile));
                out.write(services.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }
}
