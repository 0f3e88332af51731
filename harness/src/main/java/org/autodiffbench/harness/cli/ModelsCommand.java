package org.autodiffbench.harness.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.autodiffbench.api.OptionSpec;
import org.autodiffbench.models.FamilyRegistry;
import org.autodiffbench.models.ModelFamily;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code models}: the model families, built-in and of plugin jars, the sizes each accepts and
 * what a size means, and their options; then the family providers that failed, with reasons.
 */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = "Lists the model families (built-in and plugins) with their sizes, options and what they"
                + " compute, and the family providers that failed to load. Exits 1 when one failed.")
final class ModelsCommand implements Callable<Integer> {

    private static final String BUILT_IN = "built-in";

    @Spec
    CommandSpec spec;

    @Mixin
    PluginPathOption pluginPath;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
    OutputFormat format;

    @Override
    public Integer call() throws Exception {
        FamilyRegistry registry = FamilyRegistry.discoverProbingPlugins();
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(json(registry)));
        } else {
            text(registry, out);
        }
        out.flush();
        return registry.failures().isEmpty() ? ExitCodes.AGREE : ExitCodes.DISAGREE;
    }

    /** "built-in", or the plugin jar the family came from. */
    private static String source(FamilyRegistry registry, ModelFamily family) {
        return registry.jar(family.id()).map(jar -> "plugin " + jar).orElse(BUILT_IN);
    }

    private static void text(FamilyRegistry registry, PrintWriter out) {
        TextTable families = new TextTable("id", "min size", "max size", "a size is", "options", "from",
                "description");
        TextTable options = new TextTable("model", "option", "default", "description");
        boolean anyOption = false;
        for (ModelFamily family : registry.available()) {
            String names = family.options().stream().map(OptionSpec::name).collect(Collectors.joining(", "));
            families.row(family.id(), Integer.toString(family.sizes().min()), Integer.toString(family.sizes().max()),
                    family.sizes().meaning(), names.isEmpty() ? "-" : names, source(registry, family),
                    family.description());
            for (OptionSpec option : family.options()) {
                options.row(family.id(), option.name(), option.defaultValue(), option.description());
                anyOption = true;
            }
        }
        families.print(out);
        if (anyOption) {
            out.println();
            out.println("model options (gradient --model ID --size N --model-option NAME=VALUE):");
            options.print(out);
        }
        out.println();
        ProviderProblems.text(registry.failures(), registry.warnings(), out);
    }

    private static ObjectNode json(FamilyRegistry registry) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode models = root.putArray("models");
        for (ModelFamily family : registry.available()) {
            ObjectNode m = models.addObject();
            m.put("id", family.id());
            m.put("from", source(registry, family));
            ObjectNode sizes = m.putObject("sizes");
            sizes.put("min", family.sizes().min());
            sizes.put("max", family.sizes().max());
            sizes.put("meaning", family.sizes().meaning());
            ArrayNode options = m.putArray("options");
            for (OptionSpec option : family.options()) {
                options.addObject().put("name", option.name()).put("default", option.defaultValue())
                        .put("description", option.description());
            }
            m.put("description", family.description());
        }
        ProviderProblems.json(registry.failures(), registry.warnings(), root);
        return root;
    }
}
