package org.autodiffbench.harness.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.registry.EngineRegistry;
import org.autodiffbench.harness.gradbench.GradBenchModules;
import org.autodiffbench.harness.gradbench.GradBenchSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gradbench}: one engine as a GradBench tool, speaking the protocol on standard input and output. */
@Command(name = "gradbench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs one engine as a GradBench tool on standard input and output.",
            "Reads the eval's messages (start, define, evaluate, analysis), one JSON object per line, and writes one"
                    + " JSON response per line; a line it cannot read gets an error response and the session goes"
                    + " on. The README's section GradBench lists the modules it implements.",
            "Exit code: 0 when the input ends, 2 bad input (an unknown engine or option)."})
final class GradBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PluginPathOption pluginPath;

    @Option(names = "--engine", paramLabel = "ID", defaultValue = "reverse",
            description = "Which engine evaluates: an id from 'autodiffbench engines'; default ${DEFAULT-VALUE}.")
    String engine;

    @Option(names = "--option", paramLabel = "NAME=VALUE",
            description = "An option of the engine, e.g. snapshots=5, passed to it each time it prepares a graph;"
                    + " repeatable. 'autodiffbench engines' lists each engine's options.")
    List<String> options = new ArrayList<>();

    @Override
    public Integer call() {
        DiffEngine chosen = EngineRegistry.discoverProbingPlugins().require(engine);
        EngineOptions engineOptions = EngineOptions.of(NameValuePairs.parse("--option", "snapshots=5", options));
        engineOptions.requireKnown(chosen.id(), chosen.options());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        new GradBenchSession(chosen, engineOptions, GradBenchModules.all()).run(in, spec.commandLine().getOut());
        return ExitCodes.AGREE;
    }
}
