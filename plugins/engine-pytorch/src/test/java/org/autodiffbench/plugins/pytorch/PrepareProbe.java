package org.autodiffbench.plugins.pytorch;

import org.autodiffbench.api.EngineOptions;

/**
 * Prepares the worked example in a JVM of its own and reports on one line what happened:
 * exit 0 and the gradient, or exit 3 and the message of the {@link IllegalStateException}.
 * {@link LoadFailureTest} runs it where libtorch cannot load, which a JVM can try only once.
 */
public final class PrepareProbe {

    private PrepareProbe() {
    }

    public static void main(String[] args) {
        try {
            double[] gradient = new double[2];
            new PyTorchEngine().prepare(PyTorchEngineTest.workedExample(), EngineOptions.none())
                    .gradient(new double[] {2, 5}, gradient);
            System.out.println("gradient " + gradient[0] + " " + gradient[1]);
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
            System.exit(3);
        }
    }
}
