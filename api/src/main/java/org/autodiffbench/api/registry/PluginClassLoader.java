package org.autodiffbench.api.registry;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Enumeration;

/**
 * The class loader of one plugin jar. Classes are looked up in the parent first, so the plugin
 * shares the api's {@code DiffEngine} with the harness; service files are read from the jar
 * alone, so {@link java.util.ServiceLoader} lists only the jar's own providers and never again
 * those the parent already offers.
 */
final class PluginClassLoader extends URLClassLoader {

    private static final String SERVICES = "META-INF/services/";

    PluginClassLoader(Path jar, ClassLoader parent) throws IOException {
        super("plugin " + jar.getFileName(), new URL[] {jar.toUri().toURL()}, parent);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return name.startsWith(SERVICES) ? findResources(name) : super.getResources(name);
    }

    @Override
    public URL getResource(String name) {
        return name.startsWith(SERVICES) ? findResource(name) : super.getResource(name);
    }
}
