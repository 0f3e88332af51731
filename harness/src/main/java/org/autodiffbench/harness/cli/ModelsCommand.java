package org.autodiffbench.harness.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.autodiffbench.api.OptionSpec;
import org.autodiffbench.models.ModelFamilies;
import org.autodiffbench.models.ModelFamily;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code models}: the model families, the sizes each accepts and what a size means, and their options. */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = "Lists the model families with their sizes, options and what they compute.")
final class ModelsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
    OutputFormat format;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(json()));
        } else {
            text(out);
        }
        out.flush();
        return ExitCodes.AGREE;
    }

    private static void text(PrintWriter out) {
        TextTable families = new TextTable("id", "min size", "max size", "a size is", "options", "description");
        TextTable options = new TextTable("model", "option", "default", "description");
        boolean anyOption = false;
        for (ModelFamily family : ModelFamilies.all()) {
            String names = family.options().stream().map(OptionSpec::name).collect(Collectors.joining(", "));
            families.row(family.id(), Integer.toString(family.sizes().min()), Integer.toString(family.sizes().max()),
                    family.sizes().meaning(), names.isEmpty() ? "-" : names, family.description());
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
    }

    private static ObjectNode json() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode models = root.putArray("models");
        for (ModelFamily family : ModelFamilies.all()) {
            ObjectNode m = models.addObject();
            m.put("id", family.id());
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
        return root;
    }
}
