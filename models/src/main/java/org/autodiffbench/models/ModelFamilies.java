package org.autodiffbench.models;

import java.util.List;
import java.util.Optional;
import org.autodiffbench.models.dag.ScalarDagFamily;
import org.autodiffbench.models.gradbench.BaFamily;
import org.autodiffbench.models.gradbench.GmmFamily;
import org.autodiffbench.models.gradbench.HelloFamily;
import org.autodiffbench.models.gradbench.KmeansFamily;
import org.autodiffbench.models.gradbench.LlsqFamily;
import org.autodiffbench.models.gradbench.LseFamily;
import org.autodiffbench.models.gradbench.LstmFamily;
import org.autodiffbench.models.gradbench.OdeFamily;
import org.autodiffbench.models.jacobian.JacobianFamily;
import org.autodiffbench.models.mlp.MlpBatchFamily;
import org.autodiffbench.models.mlp.MlpDepthFamily;
import org.autodiffbench.models.mlp.MlpWidthFamily;
import org.autodiffbench.models.ode.OdeChainFamily;
import org.autodiffbench.models.scalar.ScalarExampleFamily;

/**
 * The built-in model families, looked up by id. They are listed here rather than in a service
 * file so that their order is fixed and benchmarks and tests can name them without a discovery;
 * {@link FamilyRegistry} puts them first and adds the families of the class path and plugin folders.
 */
public final class ModelFamilies {

    private static final List<ModelFamily> ALL = List.of(
            new ScalarExampleFamily(),
            new ScalarDagFamily(),
            new MlpWidthFamily(),
            new JacobianFamily(),
            new MlpDepthFamily(),
            new OdeChainFamily(),
            new MlpBatchFamily(),
            // GradBench's evals
            new HelloFamily(),
            new LlsqFamily(),
            new LseFamily(),
            new OdeFamily(),
            new GmmFamily(),
            new LstmFamily(),
            new BaFamily(),
            new KmeansFamily());

    private ModelFamilies() {
    }

    /** Every family, always in the same order. */
    public static List<ModelFamily> all() {
        return ALL;
    }

    /** The ids of every family, in the order of {@link #all()}. */
    public static List<String> ids() {
        return ALL.stream().map(ModelFamily::id).toList();
    }

    /** The family with this id, if there is one. */
    public static Optional<ModelFamily> find(String id) {
        return ALL.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /**
     * The family with this id.
     *
     * @throws IllegalArgumentException naming the known families when there is none
     */
    public static ModelFamily require(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException(unknown(id, ids())));
    }

    /** The message for a family id that is not among {@code known}. */
    static String unknown(String id, List<String> known) {
        return "unknown model family '" + id + "'; known families: " + String.join(", ", known);
    }
}
