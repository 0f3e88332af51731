package org.autodiffbench.harness.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.OptionSpec;
import org.autodiffbench.api.registry.EngineRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code engines}: the engines found on the class path and in plugin folders, and the providers
 * that failed to load; it exits with {@link ExitCodes#DISAGREE} when one did.
 */
@Command(name = "engines", mixinStandardHelpOptions = true,
        description = {"Lists the available engines with their mode, capabilities, the primitives they lack and their"
                + " options, then broken providers. A graph that uses a primitive an engine lacks is unsupported by it.",
            "Providers from plugin folders are first loaded in a JVM of their own: one that calls System.exit or does"
                    + " not load within " + EngineRegistry.PLUGIN_PROBE_SECONDS + " s is listed as failed.",
            "Exit code: 0 every provider loaded, 1 a provider failed to load, 2 bad input."})
final class EnginesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PluginPathOption pluginPath;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
    OutputFormat format;

    @Override
    public Integer call() throws Exception {
        EngineRegistry registry = EngineRegistry.discoverProbingPlugins();
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(json(registry)));
        } else {
            text(registry, out);
        }
        out.flush();
        return registry.failures().isEmpty() ? ExitCodes.AGREE : ExitCodes.DISAGREE;
    }

    private static void text(EngineRegistry registry, PrintWriter out) {
        if (registry.available().isEmpty()) {
            out.println("no engines found; put an engine jar on the class path");
        } else {
            TextTable table = new TextTable("id", "version", "mode", "capabilities", "lacks", "options",
                    "description");
            for (DiffEngine engine : registry.available()) {
                String options = engine.options().stream().map(OptionSpec::name).collect(Collectors.joining(", "));
                List<String> lacking = unsupportedPrimitives(engine);
                table.row(engine.id(), engine.version(), engine.mode().label(), capabilities(engine),
                        lacking.isEmpty() ? "-" : NameList.of(lacking), options.isEmpty() ? "-" : options,
                        engine.description());
            }
            table.print(out);
            options(registry, out);
        }
        out.println();
        ProviderProblems.text(registry.failures(), registry.warnings(), out);
    }

    /** Every engine option with its default and meaning; "--option NAME=VALUE" sets one. */
    private static void options(EngineRegistry registry, PrintWriter out) {
        TextTable table = new TextTable("engine", "option", "default", "description");
        boolean any = false;
        for (DiffEngine engine : registry.available()) {
            for (OptionSpec option : engine.options()) {
                table.row(engine.id(), option.name(), option.defaultValue(), option.description());
                any = true;
            }
        }
        if (any) {
            out.println();
            out.println("engine options (gradient --engine ID --option NAME=VALUE):");
            table.print(out);
        }
    }

    private static ObjectNode json(EngineRegistry registry) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode engines = root.putArray("engines");
        for (DiffEngine engine : registry.available()) {
            ObjectNode e = engines.addObject();
            e.put("id", engine.id());
            e.put("version", engine.version());
            e.put("mode", engine.mode().label());
            e.put("apiVersion", engine.apiVersion());
            ArrayNode caps = e.putArray("capabilities");
            engine.capabilities().stream().sorted().map(Operator::label).forEach(caps::add);
            unsupportedPrimitives(engine).forEach(e.putArray("unsupportedPrimitives")::add);
            ArrayNode options = e.putArray("options");
            for (OptionSpec option : engine.options()) {
                options.addObject().put("name", option.name()).put("default", option.defaultValue())
                        .put("description", option.description());
            }
            e.put("description", engine.description());
        }
        ProviderProblems.json(registry.failures(), registry.warnings(), root);
        return root;
    }

    /** The primitives the engine lacks, sorted by name. */
    private static List<String> unsupportedPrimitives(DiffEngine engine) {
        return engine.unsupportedPrimitives().stream().sorted().toList();
    }

    private static String capabilities(DiffEngine engine) {
        return engine.capabilities().stream().sorted().map(Operator::label).collect(Collectors.joining(", "));
    }
}
