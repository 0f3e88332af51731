package org.autodiffbench.api.registry;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;

/**
 * The test class path without the plugin test engines and without service files: what a
 * harness sees before plugins are loaded. Used as the parent of plugin class loaders, it makes
 * every plugin class come from its jar while the api is still shared.
 */
final class HidingClassLoader extends ClassLoader {

    static final String HIDDEN_PACKAGE = "org.autodiffbench.api.registry.plugins.";

    HidingClassLoader() {
        super("hiding", HidingClassLoader.class.getClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(HIDDEN_PACKAGE)) {
            throw new ClassNotFoundException(name + " is hidden from plugin jars' parent");
        }
        return super.loadClass(name, resolve);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return name.startsWith("META-INF/services/") ? Collections.emptyEnumeration() : super.getResources(name);
    }

    @Override
    public URL getResource(String name) {
        return name.startsWith("META-INF/services/") ? null : super.getResource(name);
    }
}
