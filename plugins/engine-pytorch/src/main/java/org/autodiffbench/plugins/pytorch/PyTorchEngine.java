package org.autodiffbench.plugins.pytorch;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.autodiffbench.api.ApiVersion;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineMode;
import org.autodiffbench.api.ExecutionStyle;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.OptionSpec;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.PrimitiveSupport;
import org.autodiffbench.api.graph.Graph;

/**
 * PyTorch as a peer engine: libtorch through DJL's PyTorch engine, float64 on the CPU. The
 * graph is translated once into tensor operations and replayed on every call; autograd records
 * the replay and one backward pass gives a gradient. This class touches no DJL type, so the
 * engine can be listed even where libtorch cannot load; {@link #prepare} then says why.
 */
public final class PyTorchEngine implements DiffEngine {

    public static final String ID = "pytorch";

    /**
     * libtorch's intra-op threads. One by default, like the engines it is compared with: on the
     * shared two-core CI machine, libtorch's own default of two threads made an mlp-width
     * gradient at w = 256 take anything from 0.4 to 10 ms per call instead of a steady 0.27 ms,
     * and gained 6% at w = 1024.
     */
    private static final OptionSpec THREADS = new OptionSpec("threads",
            "How many threads may libtorch use inside one operation? Process-wide: the last pytorch "
                    + "graph prepared sets it for all of them.", "1");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "PyTorch (libtorch 2.7.1 through DJL 0.36.0), float64 on the CPU: the graph replayed as tensor "
                + "operations, reverse mode by autograd; a Jacobian is m backward passes over one recording";
    }

    @Override
    public EngineMode mode() {
        return EngineMode.REVERSE;
    }

    @Override
    public ExecutionStyle executionStyle() {
        return ExecutionStyle.LIBRARY;
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public Set<Operator> capabilities() {
        return EnumSet.of(Operator.VALUE, Operator.GRADIENT, Operator.VJP, Operator.JACOBIAN);
    }

    /**
     * Every primitive of the IR without a libtorch operation: new primitives are lacking until
     * {@code TensorOps} has one. Reading the table loads DJL's api classes, not libtorch.
     */
    @Override
    public Set<String> unsupportedPrimitives() {
        return PrimitiveSupport.lacking(TensorOps::translates);
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(THREADS);
    }

    /**
     * Loads libtorch on first use, then makes the graph's constant tensors and input leaves.
     *
     * @throws IllegalStateException when libtorch or DJL cannot be loaded
     * @throws IllegalArgumentException for an unknown option
     * @throws org.autodiffbench.api.UnsupportedPrimitiveException for a primitive without a libtorch operation
     */
    @Override
    public PreparedDiff prepare(Graph graph, EngineOptions options) {
        options.requireKnown(ID, options());
        int threads = options.getInt(THREADS.name(), Integer.parseInt(THREADS.defaultValue()), 1);
        try {
            return AutogradDiff.prepare(graph, threads);
        } catch (NoClassDefFoundError e) {
            throw cannotLoad(e);
        }
    }

    /** The one-line error for a libtorch that will not load, naming the deepest cause. */
    static IllegalStateException cannotLoad(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String reason = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return new IllegalStateException("engine '" + ID + "' cannot load libtorch through DJL ("
                + reason.replace('\n', ' ') + "); put ai.djl.pytorch:pytorch-engine, pytorch-jni and pytorch-native-cpu"
                + " (classifier linux-x86_64) on the class path and point DJL_CACHE_DIR at a writable folder", e);
    }
}
