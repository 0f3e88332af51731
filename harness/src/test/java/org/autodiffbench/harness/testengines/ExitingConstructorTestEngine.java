package org.autodiffbench.harness.testengines;

import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.graph.Graph;

/**
 * Calls System.exit as soon as it is made, taking down whatever JVM loads it. Only ever listed in
 * a plugin jar ({@link TestPluginJars}), never in {@link TestEnginePlugins}.
 */
public final class ExitingConstructorTestEngine extends DelegatingTestEngine {

    public static final String ID = "exiting-constructor-test";
    public static final int STATUS = 5;

    public ExitingConstructorTestEngine() {
        System.exit(STATUS);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    double misbehave(EngineOptions options, Graph graph, double value, double[] gradient) {
        return value;
    }
}
