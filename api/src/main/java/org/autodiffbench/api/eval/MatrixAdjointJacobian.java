package org.autodiffbench.api.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.autodiffbench.api.adjoint.AdjointForm;
import org.autodiffbench.api.adjoint.AdjointMap;
import org.autodiffbench.api.adjoint.AdjointMatrix;
import org.autodiffbench.api.adjoint.DenseAdjoint;
import org.autodiffbench.api.adjoint.DiagonalAdjoint;
import org.autodiffbench.api.adjoint.ScaledAdjoint;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Input;
import org.autodiffbench.api.graph.Node;
import org.autodiffbench.api.primitives.Primitive;

/**
 * Builds an m × n Jacobian in one reverse sweep that carries matrix adjoints (vector reverse
 * mode): each active node's adjoint is the m × c matrix of every output's adjoints, seeded with
 * the identity at the outputs. The identity stays diagonal through elementwise rules and becomes a
 * scaled matrix diag(r)·W at a matrix–vector product; the contributions of a few products stay a
 * sum of such terms, written in one pass. So the Jacobian of y = tanh(A·sin x) + B·x costs O(mn),
 * one pass over A and B as by hand, instead of the m row sweeps' O(m²n). Each node's form is planned once from the
 * graph, and its matrix allocated once; a sweep allocates nothing. Only a graph whose every
 * active node has a matrix-adjoint rule gets a plan; other Jacobians are built by rows.
 */
public final class MatrixAdjointJacobian {

    /**
     * The most doubles the dense adjoint matrices of a plan may hold (128 MiB): past it the row
     * sweeps, which keep one vector per node, are the better choice.
     */
    static final long DENSE_LIMIT = 1L << 24;
    /**
     * The most terms a scaled adjoint sums before it is stored dense: each term costs a pass over
     * W when the sum is used, the dense matrix one pass per use.
     */
    static final int MOST_SCALED_TERMS = 4;

    private final Graph graph;
    private final NodeValues values;
    private final AdjointMatrix[] adjoints;
    private final AdjointMatrix[][] operandAdjoints;
    /** The nodes whose rules run, last first. */
    private final int[] sweep;
    private final int[] seedNodes;
    private final int[] seedRows;
    /** The differentiable inputs' nodes, and their adjoints bound to the caller's Jacobian when dense. */
    private final int[] inputNodes;
    private final DenseAdjoint[] boundInputs;
    private final double[] scratch;
    private final long retainedBytes;

    private MatrixAdjointJacobian(Graph graph, NodeValues values, Forms forms) {
        this.graph = graph;
        this.values = values;
        int m = graph.outputSize();
        int count = graph.nodeCount();
        adjoints = new AdjointMatrix[count];
        long bytes = 0;
        int widest = 1;
        for (Node node : graph.nodes()) {
            int id = node.id();
            AdjointForm form = forms.form[id];
            if (form == null) {
                continue;
            }
            int columns = node.shape().size();
            widest = Math.max(widest, columns);
            boolean input = graph.isDifferentiableInput(id);
            adjoints[id] = switch (form) {
                case DIAGONAL -> new DiagonalAdjoint(m, columns, forms.row[id]);
                case SCALED -> new ScaledAdjoint(m, columns, forms.termRows[id]);
                case DENSE -> new DenseAdjoint(m, columns, forms.sourceColumns[id], !input);
            };
            bytes += switch (form) {
                case DIAGONAL -> Footprint.doubles(columns);
                case SCALED -> java.util.Arrays.stream(forms.termRows[id])
                        .mapToLong(rows -> Footprint.doubles(columns) + Footprint.doubles(rows)).sum();
                case DENSE -> (input ? 0 : Footprint.doubles(m * columns))
                        + Footprint.doubles(Math.max(columns, forms.sourceColumns[id]));
            };
        }
        operandAdjoints = new AdjointMatrix[count][];
        List<Integer> order = new ArrayList<>();
        for (int id = count - 1; id >= 0; id--) {
            Node node = graph.node(id);
            if (adjoints[id] == null || node.isInput()) {
                continue;
            }
            order.add(id);
            operandAdjoints[id] = new AdjointMatrix[node.operandCount()];
            for (int i = 0; i < node.operandCount(); i++) {
                operandAdjoints[id][i] = graph.isActive(node.operand(i)) ? adjoints[node.operand(i)] : null;
            }
        }
        sweep = order.stream().mapToInt(Integer::intValue).toArray();
        seedNodes = forms.seedNodes;
        seedRows = forms.seedRows;
        List<Input> inputs = graph.differentiableInputs();
        inputNodes = new int[inputs.size()];
        boundInputs = new DenseAdjoint[inputs.size()];
        for (int k = 0; k < inputNodes.length; k++) {
            inputNodes[k] = inputs.get(k).nodeId();
            boundInputs[k] = adjoints[inputNodes[k]] instanceof DenseAdjoint d ? d : null;
        }
        scratch = new double[widest];
        retainedBytes = bytes + Footprint.doubles(widest) + values.copiedBytes();
    }

    /**
     * Plans the sweep for a graph whose values {@code values} gives, or says there is none: some
     * active node's primitive has no matrix-adjoint rule for an operand, or the dense matrices
     * would pass {@value #DENSE_LIMIT} doubles.
     */
    public static Optional<MatrixAdjointJacobian> plan(Graph graph, NodeValues values) {
        return Forms.of(graph).map(forms -> new MatrixAdjointJacobian(graph, values, forms));
    }

    /** Does the graph get a one-sweep plan, whatever engine evaluates it? */
    public static boolean applies(Graph graph) {
        return Forms.of(graph).isPresent();
    }

    /** The bytes of the adjoint matrices and scratch this sweep keeps, and of the copies of values it reads. */
    public long retainedBytes() {
        return retainedBytes;
    }

    /**
     * Fills {@code jacobian} (row-major, m × n) at the point x of the last evaluation of the
     * values' engine, in one sweep.
     *
     * @return the flops spent
     */
    public long fill(double[] x, double[] jacobian) {
        values.load(x);
        int n = graph.parameterCount();
        for (int k = 0; k < inputNodes.length; k++) {
            if (boundInputs[k] != null) {
                boundInputs[k].bind(jacobian, graph.pointOffset(inputNodes[k]), n);
            }
        }
        for (int id : sweep) {
            adjoints[id].clear();
        }
        for (int id : inputNodes) {
            if (adjoints[id] != null) {
                adjoints[id].clear();
            }
        }
        long flops = 0;
        for (int k = 0; k < seedNodes.length; k++) {
            flops += adjoints[seedNodes[k]].addIdentity(seedRows[k]);
        }
        for (int id : sweep) {
            Primitive primitive = graph.node(id).primitive();
            flops += primitive.matrixVjp(values.operands(id), values.layout(id), values.value(id), adjoints[id],
                    operandAdjoints[id], scratch);
        }
        int m = graph.outputSize();
        for (int id : inputNodes) {
            int column = graph.pointOffset(id);
            if (adjoints[id] != null) {
                adjoints[id].writeInto(jacobian, n, column);
            } else {
                int columns = graph.node(id).shape().size();
                for (int i = 0; i < m; i++) {
                    java.util.Arrays.fill(jacobian, i * n + column, i * n + column + columns, 0.0);
                }
            }
        }
        return flops;
    }

    /** The planned form of each node's adjoint, from the seeds back through the rules' maps. */
    private static final class Forms {
        final AdjointForm[] form;
        /** The first row of a diagonal or scaled adjoint. */
        final int[] row;
        /** The terms of a scaled adjoint, Σ diag(r)·W·diag(s): the rows R of each W, in the order of the sweep. */
        final int[][] termRows;
        /** The most columns of a contribution's source, which a dense adjoint's scratch holds. */
        final int[] sourceColumns;
        int[] seedNodes;
        int[] seedRows;

        private Forms(int count) {
            form = new AdjointForm[count];
            row = new int[count];
            termRows = new int[count][];
            sourceColumns = new int[count];
        }

        static Optional<Forms> of(Graph graph) {
            Forms forms = new Forms(graph.nodeCount());
            List<int[]> seeds = new ArrayList<>();
            int row = 0;
            for (int k = 0; k < graph.outputCount(); k++) {
                int id = graph.output(k);
                if (graph.isActive(id)) {
                    forms.contribute(id, AdjointForm.DIAGONAL, row, new int[0], 0);
                    seeds.add(new int[] {id, row});
                }
                row += graph.node(id).shape().size();
            }
            forms.seedNodes = seeds.stream().mapToInt(s -> s[0]).toArray();
            forms.seedRows = seeds.stream().mapToInt(s -> s[1]).toArray();
            for (int id = graph.nodeCount() - 1; id >= 0; id--) {
                Node node = graph.node(id);
                if (forms.form[id] == null || node.isInput()) {
                    continue;
                }
                for (int i = 0; i < node.operandCount(); i++) {
                    int operand = node.operand(i);
                    if (!graph.isActive(operand)) {
                        continue;
                    }
                    Optional<AdjointMap> map = node.primitive().adjointMap(i, graph.operandShapes(node), node.shape());
                    if (map.isEmpty()) {
                        return Optional.empty();
                    }
                    AdjointForm contribution = map.get().apply(forms.form[id]);
                    int[] terms = map.get() == AdjointMap.SCALES_COLUMNS ? forms.termRows[id]
                            : new int[] {node.shape().size()};
                    forms.contribute(operand, contribution, forms.row[id], terms, node.shape().size());
                }
            }
            long dense = 0;
            int m = graph.outputSize();
            for (Node node : graph.nodes()) {
                if (forms.form[node.id()] == AdjointForm.DENSE && !graph.isDifferentiableInput(node.id())) {
                    dense += (long) m * node.shape().size();
                }
            }
            return dense > DENSE_LIMIT ? Optional.empty() : Optional.of(forms);
        }

        void contribute(int id, AdjointForm contribution, int firstRow, int[] terms, int columns) {
            sourceColumns[id] = Math.max(sourceColumns[id], columns);
            if (form[id] == null) {
                form[id] = contribution;
                row[id] = firstRow;
                termRows[id] = terms;
                return;
            }
            // Two diagonals from the same row add up to one, scaled terms to more terms; any other sum is stored whole.
            boolean sameDiagonal = form[id] == AdjointForm.DIAGONAL && contribution == AdjointForm.DIAGONAL
                    && row[id] == firstRow;
            boolean scaledSum = form[id] == AdjointForm.SCALED && contribution == AdjointForm.SCALED
                    && termRows[id].length + terms.length <= MOST_SCALED_TERMS;
            if (scaledSum) {
                int[] joined = java.util.Arrays.copyOf(termRows[id], termRows[id].length + terms.length);
                System.arraycopy(terms, 0, joined, termRows[id].length, terms.length);
                termRows[id] = joined;
            }
            form[id] = sameDiagonal ? AdjointForm.DIAGONAL : scaledSum ? AdjointForm.SCALED : AdjointForm.DENSE;
        }
    }
}
