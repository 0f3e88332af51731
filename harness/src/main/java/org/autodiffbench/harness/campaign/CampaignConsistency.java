package org.autodiffbench.harness.campaign;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.autodiffbench.api.Operator;

/**
 * The checks between entries: every engine restriction names a family the campaign measures,
 * every model has an engine, a named engine offers the operators asked of it, and no cell is
 * asked for twice.
 */
final class CampaignConsistency {

    private CampaignConsistency() {
    }

    /**
     * Records every inconsistency. A check that needs a whole section runs only when that section
     * read without problems, so that one mistake is not reported twice.
     */
    static void check(List<EngineEntry> engines, boolean enginesWhole, List<ModelEntry> models, boolean modelsWhole,
                      List<String> problems) {
        if (modelsWhole) {
            restrictionsUsed(engines, models, problems);
        }
        if (enginesWhole) {
            everyModelHasAnEngine(engines, models, problems);
        }
        operatorsOffered(engines, models, problems);
        noRepeatedModels(models, problems);
        noRepeatedOptionSets(engines, problems);
    }

    private static void restrictionsUsed(List<EngineEntry> engines, List<ModelEntry> models, List<String> problems) {
        Set<String> measured = models.stream().map(m -> m.family().id()).collect(Collectors.toSet());
        for (EngineEntry engine : engines) {
            for (String family : engine.families()) {
                if (!measured.contains(family)) {
                    problems.add(engine.label() + ": families names '" + family
                            + "' but no model entry measures it; remove it or add a model entry for it");
                }
            }
        }
    }

    private static void everyModelHasAnEngine(List<EngineEntry> engines, List<ModelEntry> models,
                                              List<String> problems) {
        for (ModelEntry model : models) {
            if (engines.stream().noneMatch(e -> e.appliesTo(model.family().id()))) {
                problems.add(model.label() + ": no engine entry runs on " + model.family().id()
                        + "; add this family to an engine's \"families\" or add an engine without \"families\"");
            }
        }
    }

    /**
     * An engine the file names must offer what is asked of it; with "all" such cells end as
     * unsupported, and so do a GradBench tool's when the eval has no function for the operator.
     */
    private static void operatorsOffered(List<EngineEntry> engines, List<ModelEntry> models, List<String> problems) {
        for (EngineEntry engine : engines) {
            if (!engine.named() || engine.tool() != null) {
                continue;
            }
            Set<Operator> offered;
            try {
                offered = engine.engine().capabilities();
            } catch (RuntimeException e) {
                problems.add(engine.label() + ": engine '" + engine.id() + "' failed to list its operators (" + e
                        + "); fix or remove its plugin");
                continue;
            }
            for (ModelEntry model : models) {
                if (!engine.appliesTo(model.family().id())) {
                    continue;
                }
                for (Operator operator : model.operators()) {
                    if (!offered.contains(operator)) {
                        problems.add(engine.label() + " does not offer operator " + operator.label() + ", which "
                                + model.label() + " asks for; keep the engine off that family with \"families\"");
                    }
                }
            }
        }
    }

    private static void noRepeatedModels(List<ModelEntry> models, List<String> problems) {
        for (int i = 0; i < models.size(); i++) {
            for (int j = i + 1; j < models.size(); j++) {
                ModelEntry a = models.get(i);
                ModelEntry b = models.get(j);
                if (!a.family().id().equals(b.family().id()) || !a.options().equals(b.options())) {
                    continue;
                }
                List<Integer> sizes = new ArrayList<>(a.sizes());
                sizes.retainAll(b.sizes());
                List<Operator> operators = new ArrayList<>(a.operators());
                operators.retainAll(b.operators());
                if (!sizes.isEmpty() && !operators.isEmpty()) {
                    problems.add(a.label() + " and " + b.label() + " both give size " + join(sizes) + " with operator "
                            + operators.stream().map(Operator::label).collect(Collectors.joining(", "))
                            + "; give each size once");
                }
            }
        }
    }

    private static void noRepeatedOptionSets(List<EngineEntry> engines, List<String> problems) {
        for (int i = 0; i < engines.size(); i++) {
            EngineEntry a = engines.get(i);
            for (int x = 0; x < a.optionSets().size(); x++) {
                for (int y = x + 1; y < a.optionSets().size(); y++) {
                    if (a.optionSets().get(x).equals(a.optionSets().get(y))) {
                        problems.add(a.label() + ": option sets " + (x + 1) + " and " + (y + 1) + " are the same ("
                                + describe(a.optionSets().get(x)) + "); give each option set once");
                    }
                }
            }
            for (int j = i + 1; j < engines.size(); j++) {
                EngineEntry b = engines.get(j);
                if (!a.id().equals(b.id()) || !familiesOverlap(a, b)) {
                    continue;
                }
                for (Map<String, String> options : a.optionSets()) {
                    if (b.optionSets().contains(options)) {
                        problems.add(a.label() + " and " + b.label() + " both give " + describe(options)
                                + "; give each option set once, or keep the entries apart with \"families\"");
                    }
                }
            }
        }
    }

    private static boolean familiesOverlap(EngineEntry a, EngineEntry b) {
        return a.families().isEmpty() || b.families().isEmpty() || !Collections.disjoint(a.families(), b.families());
    }

    private static String describe(Map<String, String> options) {
        return options.isEmpty() ? "the default options" : "options " + new TreeMap<>(options).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    }

    private static String join(List<Integer> sizes) {
        return sizes.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
