package org.autodiffbench.plugins.pytorch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A libtorch that cannot be unpacked fails preparation with one clear line, not a crash. DJL
 * loads libtorch once per JVM, so the failure is provoked in a JVM of its own: its cache folder
 * is one that cannot be created ({@code /proc} refuses new folders, even to root).
 */
class LoadFailureTest {

    @Test
    void anUnloadableLibtorchFailsPrepareWithOneLine() throws IOException, InterruptedException {
        List<String> output = runProbe(Map.of("ENGINE_CACHE_DIR", "/proc/autodiffbench-no-such-folder"));
        assertThat(output.get(0)).as("exit status").isEqualTo("3");
        assertThat(output).hasSize(2);
        assertThat(output.get(1)).startsWith("engine 'pytorch' cannot load libtorch through DJL (")
                .contains("point DJL_CACHE_DIR at a writable folder");
    }

    @Test
    void theSameProbeSucceedsWithAWritableCache() throws IOException, InterruptedException {
        List<String> output = runProbe(Map.of());
        assertThat(output).containsExactly("0", "gradient 5.5 1.7163378145367738");
    }

    /** The probe's exit status, then its standard output lines (DJL's logging goes to standard error). */
    private static List<String> runProbe(Map<String, String> properties) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dai.djl.offline=true"));
        String cache = System.getProperty("DJL_CACHE_DIR");
        if (cache != null) {
            command.add("-DDJL_CACHE_DIR=" + cache);
        }
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add(PrepareProbe.class.getName());
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().keySet().removeAll(List.of("DJL_CACHE_DIR", "ENGINE_CACHE_DIR", "DJL_OFFLINE"));
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the probe ends").isTrue();
        List<String> lines = new ArrayList<>(List.of(Integer.toString(process.exitValue())));
        out.lines().forEach(lines::add);
        return lines;
    }
}
