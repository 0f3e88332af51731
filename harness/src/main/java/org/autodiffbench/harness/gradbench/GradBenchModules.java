package org.autodiffbench.harness.gradbench;

import java.util.List;
import java.util.Optional;

/** The GradBench modules this project implements, by the eval's module name. */
public final class GradBenchModules {

    private static final List<GradBenchModule> ALL = List.of(
            // Each implemented eval adds its module here, one line each.
            new HelloModule(),
            new LlsqModule(),
            new LseModule(),
            new OdeModule(),
            new GmmModule(),
            new LstmModule(),
            new BaModule(),
            new KmeansModule()
    );

    private GradBenchModules() {
    }

    /** Every implemented module, in a fixed order. */
    public static List<GradBenchModule> all() {
        return ALL;
    }

    /** The module the eval calls {@code name}, if this project implements it. */
    public static Optional<GradBenchModule> find(String name) {
        return ALL.stream().filter(m -> m.name().equals(name)).findFirst();
    }
}
