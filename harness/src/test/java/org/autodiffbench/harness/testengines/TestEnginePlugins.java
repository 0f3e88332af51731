package org.autodiffbench.harness.testengines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.autodiffbench.api.DiffEngine;

/**
 * Makes the misbehaving test engines visible, for one test, to this JVM and to the cells' JVMs:
 * a services file in a temporary folder, added through the context class loader (which
 * {@code CellJvm} passes on to the JVMs it starts). Closing restores the class loader.
 */
public final class TestEnginePlugins implements AutoCloseable {

    static final Class<?>[] ENGINES = {FailingTestEngine.class, NanTestEngine.class, OffByOneTestEngine.class,
        ForwardModeTestEngine.class,
        HangingTestEngine.class, ExitingTestEngine.class, MemoryHogTestEngine.class, SlowTestEngine.class,
        ThrottledTestEngine.class, LateNanTestEngine.class, FewPrimitivesTestEngine.class,
        UndeclaredTanhTestEngine.class, CompiledStyleTestEngine.class};

    private final ClassLoader original;

    private TestEnginePlugins(ClassLoader original) {
        this.original = original;
    }

    public static TestEnginePlugins install(Path folder) {
        Path services = folder.resolve("META-INF/services/" + DiffEngine.class.getName());
        try {
            Files.createDirectories(services.getParent());
            Files.writeString(services, Stream.of(ENGINES).map(Class::getName).collect(Collectors.joining("\n")) + "\n");
            ClassLoader original = Thread.currentThread().getContextClassLoader();
            Thread.currentThread().setContextClassLoader(new URLClassLoader(new URL[] {folder.toUri().toURL()},
                    original));
            return new TestEnginePlugins(original);
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        Thread.currentThread().setContextClassLoader(original);
    }
}
