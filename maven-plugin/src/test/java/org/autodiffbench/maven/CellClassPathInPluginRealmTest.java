package org.autodiffbench.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.MalformedURLException;
import java.nio.file.Path;
import java.util.List;
import org.autodiffbench.harness.cell.CellJvm;
import org.codehaus.plexus.classworlds.ClassWorld;
import org.codehaus.plexus.classworlds.realm.ClassRealm;
import org.codehaus.plexus.classworlds.realm.DuplicateRealmException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Inside Maven, java.class.path is Maven's launcher and the harness's classes come from the
 * plugin's class realm. A cell's JVM started from there must still find the harness: asked for its
 * dense kernels (a question only a JVM running the harness's cell process can answer), it answers
 * when the realm holds the harness's jars, and cannot when the realm is empty.
 */
class CellClassPathInPluginRealmTest {

    private final String testClassPath = System.getProperty("java.class.path");
    private final ClassLoader testLoader = Thread.currentThread().getContextClassLoader();

    @BeforeEach
    void launchLikeMaven() {
        String launcher = ClassWorld.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        System.setProperty("java.class.path", launcher);
    }

    @AfterEach
    void restore() {
        System.setProperty("java.class.path", testClassPath);
        Thread.currentThread().setContextClassLoader(testLoader);
    }

    @Test
    void aCellJvmStartedFromThePluginRealmRunsTheHarness() throws Exception {
        ClassRealm realm = realm("plugin>autodiffbench", List.of(testClassPath.split(File.pathSeparator)));
        Thread.currentThread().setContextClassLoader(ProjectEngines.loader(List.of(), realm));
        assertThat(CellJvm.kernels()).doesNotStartWith("unknown");
    }

    @Test
    void withoutTheRealmsJarsTheCellJvmCannotStart() throws Exception {
        ClassRealm empty = realm("plugin>empty", List.of());
        Thread.currentThread().setContextClassLoader(ProjectEngines.loader(List.of(), empty));
        assertThat(CellJvm.kernels()).startsWith("unknown: ");
    }

    private static ClassRealm realm(String id, List<String> entries) throws DuplicateRealmException,
            MalformedURLException {
        ClassRealm realm = new ClassWorld().newRealm(id, null);
        for (String entry : entries) {
            realm.addURL(Path.of(entry).toUri().toURL());
        }
        return realm;
    }
}
