package org.autodiffbench.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class path of the project's engines, against lists written out by hand: the jar (or the
 * classes folder before packaging) first, then the compile and runtime dependencies, never the
 * provided or test ones, and never one the plugin already brings.
 */
class ProjectEnginesTest {

    @TempDir
    Path folder;

    @Test
    void theJarThenItsRuntimeDependenciesLessWhatThePluginHas() throws IOException {
        MavenProject project = project();
        Path jar = file("my-engine-1.0.jar");
        project.getArtifact().setFile(jar.toFile());
        Artifact library = artifact("com.example", "solver", "compile", file("solver-2.0.jar"));
        Artifact runtimeOnly = artifact("com.example", "tables", "runtime", file("tables-1.1.jar"));
        Artifact api = artifact("org.autodiffbench", "api", "compile", file("api-0.9.jar"));
        Artifact provided = artifact("com.example", "container", "provided", file("container-1.0.jar"));
        Artifact test = artifact("org.junit.jupiter", "junit-jupiter-api", "test", file("junit.jar"));
        project.setArtifacts(new LinkedHashSet<>(List.of(library, runtimeOnly, api, provided, test)));
        Artifact pluginsApi = artifact("org.autodiffbench", "api", "compile", file("api-0.1.0-SNAPSHOT.jar"));

        assertThat(ProjectEngines.classPath(project, List.of(pluginsApi)))
                .containsExactly(jar, folder.resolve("solver-2.0.jar"), folder.resolve("tables-1.1.jar"));
    }

    @Test
    void beforePackageTheClassesFolderStandsForTheJar() throws IOException {
        MavenProject project = project();
        Path classes = Files.createDirectories(folder.resolve("classes"));
        project.getBuild().setOutputDirectory(classes.toString());
        assertThat(ProjectEngines.classPath(project, List.of())).containsExactly(classes);
    }

    @Test
    void aProjectWithNeitherJarNorClassesAddsOnlyItsDependencies() throws IOException {
        MavenProject project = project();
        Artifact engine = artifact("com.example", "my-engine", "runtime", file("my-engine-1.0.jar"));
        project.setArtifacts(Set.of(engine));
        assertThat(ProjectEngines.classPath(project, List.of())).containsExactly(folder.resolve("my-engine-1.0.jar"));
    }

    private MavenProject project() {
        MavenProject project = new MavenProject();
        project.setArtifact(new DefaultArtifact("com.example", "my-engine", "1.0", null, "jar", null,
                new DefaultArtifactHandler("jar")));
        project.getBuild().setOutputDirectory(folder.resolve("no-classes-yet").toString());
        project.setArtifacts(Set.of());
        return project;
    }

    private Path file(String name) throws IOException {
        return Files.write(folder.resolve(name), new byte[] {0});
    }

    private static Artifact artifact(String group, String id, String scope, Path file) {
        Artifact artifact = new DefaultArtifact(group, id, "1.0", scope, "jar", null, new DefaultArtifactHandler("jar"));
        artifact.setFile(file.toFile());
        return artifact;
    }
}
