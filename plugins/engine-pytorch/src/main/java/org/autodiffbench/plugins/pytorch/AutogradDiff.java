package org.autodiffbench.plugins.pytorch;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import org.autodiffbench.api.CallCounter;
import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.eval.CallArguments;
import org.autodiffbench.api.graph.Graph;

/**
 * PyTorch reverse mode prepared for one graph. Preparation makes the tensor manager, the
 * constant and data tensors, the point's buffers and the backward seed; each call copies x
 * into fresh input leaves, replays the graph (recorded by autograd under a
 * {@link GradientCollector} when a derivative is wanted), runs backward and copies the leaves'
 * gradients out. Every tensor a call makes is closed when it returns, so native memory does
 * not grow with calls.
 *
 * <p>A gradient or a VJP is one backward pass; a Jacobian is m backward passes over one
 * recording, seeded with the unit vectors and keeping the graph between them. DJL lets one
 * gradient collector record at a time in a process, so calls must not overlap across threads.
 * The manager is closed by {@link #close()}, or when this object becomes unreachable.
 */
final class AutogradDiff implements PreparedDiff {

    private static final Cleaner CLEANER = Cleaner.create();

    private final Graph graph;
    private final NDManager manager;
    private final TensorProgram program;
    private final PointTensors point;
    private final ReverseCosts costs;
    /** The backward pass's seed, a tensor over {@link #seedBuffer}: writing the buffer sets it. */
    private final NDArray seed;
    private final ByteBuffer seedBuffer;
    private final DoubleBuffer seedView;
    private final boolean outputVaried;
    private final double[] scalarValue = new double[1];
    private final CallCounter counter = new CallCounter();
    private final Cleaner.Cleanable release;

    private AutogradDiff(Graph graph, NDManager manager) {
        this.graph = graph;
        this.manager = manager;
        this.program = new TensorProgram(graph, manager);
        this.point = program.point();
        this.costs = ReverseCosts.of(graph);
        int m = graph.outputSize();
        Shape seedShape = graph.outputCount() == 1
                ? TensorShapes.of(graph.node(graph.output(0)).shape()) : new Shape(m);
        this.seedBuffer = ByteBuffer.allocateDirect(8 * m).order(ByteOrder.nativeOrder());
        this.seedView = seedBuffer.asDoubleBuffer();
        this.seed = manager.create(seedBuffer, seedShape, DataType.FLOAT64);
        boolean varied = false;
        for (int k = 0; k < graph.outputCount(); k++) {
            varied |= graph.isVaried(graph.output(k));
        }
        this.outputVaried = varied;
        this.release = CLEANER.register(this, manager::close);
    }

    /**
     * Opens libtorch, lets it use {@code threads} threads inside an operation, and prepares
     * {@code graph}, closing the manager again if preparation fails.
     */
    static AutogradDiff prepare(Graph graph, int threads) {
        NDManager manager = LibTorch.newManager();
        try {
            JniUtils.setNumThreads(threads);
            return new AutogradDiff(graph, manager);
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    @Override
    public String engineId() {
        return PyTorchEngine.ID;
    }

    @Override
    public Graph graph() {
        return graph;
    }

    @Override
    public void value(double[] x, double[] y) {
        requirePoint(x);
        CallArguments.requireLength("output", y, graph.outputSize());
        counter.reset();
        try (NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            program.load(x, false);
            program.run();
            program.readOutputs(y);
        }
        counter.flops(costs.primalFlops());
        counter.stageEvaluations(graph.stageCount());
    }

    @Override
    public double gradient(double[] x, double[] gradient) {
        CallArguments.requireScalarOutput(graph);
        requirePoint(x);
        CallArguments.requireLength("gradient", gradient, graph.parameterCount());
        startRecordedCall();
        try (NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            program.load(x, true);
            try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
                program.run();
                if (outputVaried) {
                    collector.backward(program.outputTensor());
                }
            }
            countBackwardPass();
            point.readGradients(gradient, 0);
            program.readOutputs(scalarValue);
        }
        return scalarValue[0];
    }

    @Override
    public void vjp(double[] x, double[] u, double[] y, double[] xBar) {
        requirePoint(x);
        CallArguments.requireLength("cotangent", u, graph.outputSize());
        CallArguments.requireLength("output", y, graph.outputSize());
        CallArguments.requireLength("adjoint output", xBar, graph.parameterCount());
        startRecordedCall();
        try (NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            program.load(x, true);
            seedView.clear();
            seedView.put(u);
            NDArray output = record();
            backward(output, false);
            point.readGradients(xBar, 0);
            program.readOutputs(y);
        }
    }

    @Override
    public void jacobian(double[] x, double[] y, double[] jacobian) {
        int n = graph.parameterCount();
        int m = graph.outputSize();
        requirePoint(x);
        CallArguments.requireLength("output", y, m);
        CallArguments.requireLength("jacobian", jacobian, (long) m * n);
        startRecordedCall();
        try (NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            program.load(x, true);
            NDArray output = record();
            for (int row = 0; row < m; row++) {
                seedView.clear();
                for (int i = 0; i < m; i++) {
                    seedView.put(i == row ? 1.0 : 0.0);
                }
                if (row > 0) {
                    point.zeroGradients();
                }
                backward(output, row < m - 1);
                point.readGradients(jacobian, row * n);
            }
            program.readOutputs(y);
        }
    }

    /** Replays the graph while autograd records it; returns the tensor of the outputs. */
    private NDArray record() {
        GradientCollector collector = manager.getEngine().newGradientCollector();
        try {
            program.run();
            return program.outputTensor();
        } finally {
            collector.close();
        }
    }

    /**
     * One backward pass from {@code output} seeded with a copy of {@link #seed}; skipped if no
     * output varies. autograd may adopt the seed tensor itself as a leaf's gradient (when the
     * path from the output to the leaf only passes the adjoint on), and that gradient is later
     * zeroed and accumulated into in place, so it must never be the seed's own memory.
     */
    private void backward(NDArray output, boolean keepGraph) {
        if (outputVaried) {
            JniUtils.backward((PtNDArray) output, (PtNDArray) seed.duplicate(), keepGraph, false);
        }
        countBackwardPass();
    }

    private void startRecordedCall() {
        counter.reset();
        counter.flops(costs.primalFlops());
        counter.stageEvaluations(graph.stageCount());
        counter.retained(costs.retainedBytes());
    }

    private void countBackwardPass() {
        counter.adjointSweep();
        counter.flops(costs.backwardFlops());
    }

    private void requirePoint(double[] x) {
        CallArguments.requireLength("point", x, graph.parameterCount());
    }

    @Override
    public CallStatistics statistics() {
        return counter.snapshot();
    }

    /** How many tensors this object holds between calls: its data, constants and seed; 0 once closed. */
    int liveTensors() {
        return manager.isOpen() ? manager.getManagedArrays().size() : 0;
    }

    /** Frees every tensor of this graph; the object must not be called afterwards. */
    @Override
    public void close() {
        release.clean();
    }
}
