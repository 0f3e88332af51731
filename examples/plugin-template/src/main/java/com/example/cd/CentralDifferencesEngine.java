package com.example.cd;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.autodiffbench.api.ApiVersion;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineMode;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.OptionSpec;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.graph.Graph;

/** Not automatic differentiation at all: central differences, the baseline every AD engine should beat. */
public final class CentralDifferencesEngine implements DiffEngine {

    static final String ID = "central-differences";
    static final String STEP = "step";
    static final String DEFAULT_STEP = "1e-5";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "central differences (f(x + h) - f(x - h)) / 2h, two evaluations per input";
    }

    @Override
    public EngineMode mode() {
        return EngineMode.NUMERIC;
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public Set<Operator> capabilities() {
        return EnumSet.of(Operator.VALUE, Operator.GRADIENT, Operator.JVP, Operator.JACOBIAN);
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(new OptionSpec(STEP, "the step h relative to max(1, |x_j|)", DEFAULT_STEP));
    }

    @Override
    public PreparedDiff prepare(Graph graph, EngineOptions options) {
        options.requireKnown(ID, options());
        String raw = options.get(STEP, DEFAULT_STEP);
        double step;
        try {
            step = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option step=" + raw + " is not a number; give e.g. step=1e-5");
        }
        if (!(step > 0 && step < 1)) {
            throw new IllegalArgumentException("option step=" + raw + " must be between 0 and 1; give e.g. step=1e-5");
        }
        return new CentralDifferences(graph, step);
    }
}
