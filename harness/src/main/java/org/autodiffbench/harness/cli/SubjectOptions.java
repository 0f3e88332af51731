package org.autodiffbench.harness.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.autodiffbench.harness.check.DerivativeTask;
import org.autodiffbench.harness.check.Failures;
import org.autodiffbench.harness.expr.ExpressionParser;
import org.autodiffbench.harness.expr.Formula;
import org.autodiffbench.models.FamilyRegistry;
import org.autodiffbench.models.ModelFamily;
import org.autodiffbench.models.ModelInstance;
import picocli.CommandLine.Option;

/** The options that choose what to differentiate, shared by {@code gradient} and {@code explain}. */
final class SubjectOptions {

    /** The seed of a model's point (and of its graph, for a random family) when --seed is not given. */
    static final long DEFAULT_SEED = 1;

    @Option(names = "--expr", paramLabel = "FORMULA",
            description = "The formula to differentiate, e.g. \"ln(x1) + x1*x2 - sin(x2)\". Parentheses, function"
                    + " calls, unary minus and ^ may nest " + ExpressionParser.MAX_NESTING + " levels deep.")
    String expr;

    @Option(names = "--at", paramLabel = "NAME=VALUE,...",
            description = "The point: a value for every variable of the formula, e.g. x1=2,x2=5. "
                    + "The inputs take this order.")
    String at;

    @Option(names = "--model", paramLabel = "FAMILY",
            description = "A model family instead of a formula, e.g. mlp-width; 'autodiffbench models' lists them.")
    String model;

    @Option(names = "--size", paramLabel = "N", description = "The model's size; what it means depends on the family.")
    Integer size;

    @Option(names = "--model-option", paramLabel = "NAME=VALUE",
            description = "An option of the model family, e.g. width=16 for mlp-depth; repeatable. "
                    + "'autodiffbench models' lists each family's options.")
    List<String> modelOptions = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "S",
            description = "Seeds the model's point (and graph, for a random family); default " + DEFAULT_SEED + ".")
    Long seed;

    /**
     * Checks the options and builds the subject.
     *
     * @throws IllegalArgumentException for a missing, extra or bad option
     */
    Subject resolve() {
        if (expr != null && model != null) {
            throw new IllegalArgumentException("give either --expr or --model, not both");
        }
        if (expr != null) {
            return formula();
        }
        if (model != null) {
            return model();
        }
        throw new IllegalArgumentException("nothing to differentiate; give --expr \"FORMULA\" --at NAME=VALUE,... "
                + "or --model FAMILY --size N");
    }

    private Subject formula() {
        List<String> modelOnly = new ArrayList<>();
        if (size != null) {
            modelOnly.add("--size");
        }
        if (!modelOptions.isEmpty()) {
            modelOnly.add("--model-option");
        }
        if (seed != null) {
            modelOnly.add("--seed");
        }
        if (!modelOnly.isEmpty()) {
            throw new IllegalArgumentException(String.join(", ", modelOnly)
                    + (modelOnly.size() == 1 ? " applies" : " apply") + " only to --model; "
                    + "a formula takes its point from --at");
        }
        Formula formula = ExpressionParser.parse(expr);
        List<String> variables = formula.variables();
        if (variables.isEmpty()) {
            throw new IllegalArgumentException("the formula \"" + expr + "\" has no variables, so there is nothing to "
                    + "differentiate; use a variable such as x");
        }
        if (at == null) {
            throw new IllegalArgumentException("--at is missing; give a value for every variable: "
                    + NameList.of(variables) + ", e.g. --at " + variables.get(0) + "=1");
        }
        PointAssignment point = PointAssignment.parse(at, variables);
        DerivativeTask task = new DerivativeTask(formula.graph(point.names()), point.point(), Optional.empty());
        return new Subject.FormulaSubject(formula, point, task);
    }

    private Subject model() {
        if (at != null) {
            throw new IllegalArgumentException("--at only applies to --expr; a model brings its own seeded point "
                    + "(choose it with --seed)");
        }
        ModelFamily family = FamilyRegistry.discoverProbingPlugins().require(model);
        if (size == null) {
            throw new IllegalArgumentException("--model " + model + " needs --size N: " + family.sizes().meaning()
                    + " from " + family.sizes().min() + " to " + family.sizes().max());
        }
        Map<String, String> options = NameValuePairs.parse("--model-option", "width=16", modelOptions);
        long s = seed == null ? DEFAULT_SEED : seed;
        return ModelHeapCheck.build(family, size, options, () -> {
            ModelInstance instance = instance(family, options, s);
            return new Subject.ModelSubject(instance, options, s, DerivativeTask.of(instance));
        });
    }

    /** The family's model; a family (a plugin's, say) that fails otherwise than by refusing the input is named. */
    private ModelInstance instance(ModelFamily family, Map<String, String> options, long s) {
        try {
            return family.instance(size, options, s);
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new IllegalArgumentException("model family '" + family.id() + "' failed to build size " + size
                    + ": " + Failures.describe(e) + "; the family is at fault, not the command: fix it or leave it out");
        }
    }
}
