package org.autodiffbench.api.compile;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.autodiffbench.api.eval.Footprint;
import org.autodiffbench.api.eval.MatrixAdjointJacobian;
import org.autodiffbench.api.eval.NodeValues;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Input;
import org.autodiffbench.api.graph.Node;
import org.autodiffbench.api.graph.Shape;
import org.autodiffbench.api.primitives.OperandLayout;
import org.autodiffbench.api.primitives.Primitive;
import org.codehaus.commons.compiler.CompileException;
import org.codehaus.janino.SimpleCompiler;
import org.codehaus.janino.util.ClassFile;

/**
 * Compiles a graph to JVM code at prepare time: lays out its values, writes the Java source of its
 * primal and the sweeps asked for, compiles it in memory with Janino, and binds the arrays the
 * code reads (values, data, constants, kernel operand tables). A graph that cannot be compiled is
 * refused with a one-line reason.
 */
public final class GraphCompiler {

    /** HotSpot compiles no method of more bytes of bytecode than this (-XX:-DontCompileHugeMethods is off). */
    public static final int JIT_METHOD_LIMIT = 8000;

    private GraphCompiler() {
    }

    /**
     * Compiles the primal of a graph and the sweeps asked for.
     *
     * @throws IllegalArgumentException with a one-line reason when the graph cannot be compiled
     */
    public static CompiledGraph compile(Graph graph, Set<Sweep> sweeps) {
        long started = System.nanoTime();
        boolean tangents = sweeps.contains(Sweep.TANGENT);
        ProgramLayout layout = layout(graph, 0);
        AdjointPlan plan = sweeps.contains(Sweep.ADJOINT) ? new AdjointPlan(layout) : null;
        List<StageRun> runs = StageRuns.find(layout, plan);
        ClassLoader parent = CompiledProgram.class.getClassLoader();
        String source = new ProgramSource(layout, plan, runs, ArrayNames.straight(layout)).write(tangents,
                id -> kernelType(graph.node(id).primitive(), parent));
        long generated = System.nanoTime();
        Map<String, Integer> methodBytes = new LinkedHashMap<>();
        CompiledProgram program = cook(graph, source, methodBytes);
        Bound bound = bind(program, layout, plan, runs, tangents);
        long[] flops = totals(flops(layout, plan));
        long compiled = System.nanoTime();
        NodeValues nodeValues = plan != null && MatrixAdjointJacobian.applies(graph)
                ? new CompiledNodeValues(layout, bound.values(), bound.kernelValues()) : null;
        return new CompiledGraph(graph, program, source, methodBytes, runs.size(), flops, bound.retainedBytes(),
                generated - started, compiled - generated, nodeValues);
    }

    /**
     * Compiles a staged graph to run stage by stage, with adjoint code: a primal and an adjoint entry
     * per stage, over a banked layout in which stage k's values and adjoints live in bank
     * k mod banks. So the memory a call keeps follows the number of banks, not the chain's length.
     *
     * @param banks how many stages' values are held at once (at most the stage count is used)
     * @throws IllegalArgumentException with a one-line reason when the graph cannot be compiled
     */
    public static CompiledStages compileStages(Graph graph, int banks) {
        if (banks < 1) {
            throw new IllegalArgumentException("a staged program needs at least one bank, got " + banks);
        }
        long started = System.nanoTime();
        ProgramLayout layout = layout(graph, Math.min(banks, graph.stageCount()));
        AdjointPlan plan = new AdjointPlan(layout);
        List<StageRun> runs = StageRuns.find(layout, plan);
        ClassLoader parent = CompiledProgram.class.getClassLoader();
        String source = new ProgramSource(layout, plan, runs, ArrayNames.straight(layout)).writeStaged(
                id -> kernelType(graph.node(id).primitive(), parent));
        long generated = System.nanoTime();
        Map<String, Integer> methodBytes = new LinkedHashMap<>();
        CompiledProgram program = cook(graph, source, methodBytes);
        Bound bound = bind(program, layout, plan, runs, false);
        long[][] stageFlops = flops(layout, plan);
        long compiled = System.nanoTime();
        CompiledGraph compiledGraph = new CompiledGraph(graph, program, source, methodBytes, runs.size(),
                totals(stageFlops), bound.retainedBytes(), generated - started, compiled - generated, null);
        int[] offsets = new int[graph.nodeCount()];
        double[][] arrays = new double[graph.nodeCount()][];
        for (int id = 0; id < offsets.length; id++) {
            arrays[id] = layout.kind(id) == StorageKind.KERNEL ? bound.kernelValues()[id] : bound.values();
            offsets[id] = layout.kind(id) == StorageKind.KERNEL ? 0 : layout.slot(id);
        }
        return new CompiledStages(compiledGraph, arrays, offsets, stageFlops[0], stageFlops[2]);
    }

    private static ProgramLayout layout(Graph graph, int banks) {
        try {
            return new ProgramLayout(graph, banks);
        } catch (ArithmeticException e) {
            throw refusal(graph, "its values do not fit in one array");
        }
    }

    /** Compiles the source with Janino and makes the program; records each method's bytes of bytecode. */
    private static CompiledProgram cook(Graph graph, String source, Map<String, Integer> methodBytes) {
        SimpleCompiler compiler = new SimpleCompiler();
        compiler.setParentClassLoader(CompiledProgram.class.getClassLoader());
        compiler.setDebuggingInformation(false, false, false);
        CompiledProgram program;
        try {
            compiler.cook(source);
            program = (CompiledProgram) compiler.getClassLoader().loadClass(ProgramSource.CLASS_NAME)
                    .getConstructor().newInstance();
        } catch (CompileException | ReflectiveOperationException | RuntimeException | LinkageError e) {
            throw refusal(graph, "the compiler refused the generated code (" + firstLine(e) + ")");
        }
        methodBytes.putAll(methodBytes(compiler));
        methodBytes.forEach((name, bytes) -> {
            if (bytes > JIT_METHOD_LIMIT) {
                throw refusal(graph, "generated method " + name + " has " + bytes + " bytes of bytecode, over the JIT's "
                        + JIT_METHOD_LIMIT);
            }
        });
        return program;
    }

    private static IllegalArgumentException refusal(Graph graph, String reason) {
        return new IllegalArgumentException("a graph of " + graph.nodeCount() + " nodes cannot be compiled: " + reason
                + "; use an interpreted engine such as 'reverse' or 'forward'");
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    /** The primitive's own class when generated code can name it, so that its kernel calls are direct. */
    private static String kernelType(Primitive primitive, ClassLoader loader) {
        Class<?> type = primitive.getClass();
        if (Modifier.isPublic(type.getModifiers()) && type.getEnclosingClass() == null) {
            try {
                if (Class.forName(type.getName(), false, loader) == type) {
                    return type.getName();
                }
            } catch (ClassNotFoundException e) {
                // Not visible from the generated class: it is called through the interface.
            }
        }
        return Primitive.class.getName();
    }

    private static Map<String, Integer> methodBytes(SimpleCompiler compiler) {
        Map<String, Integer> bytes = new LinkedHashMap<>();
        for (ClassFile file : compiler.getClassFiles()) {
            for (ClassFile.MethodInfo method : file.methodInfos) {
                for (ClassFile.AttributeInfo attribute : method.getAttributes()) {
                    if (attribute instanceof ClassFile.CodeAttribute code) {
                        bytes.put(method.getName(), code.code.length);
                    }
                }
            }
        }
        return bytes;
    }

    /** The arrays bound into a program: the value array, each kernel node's value buffer, and the bytes kept alive per call. */
    private record Bound(double[] values, double[][] kernelValues, long retainedBytes) {
    }

    /**
     * Allocates and fills the arrays the code reads. In a banked layout a kernel node shares its
     * buffers with the alike kernel nodes (same shape, same place among its stage's kernels of that
     * shape) of the other stages of its bank, as the interpreters' banked buffers do.
     */
    private static Bound bind(CompiledProgram program, ProgramLayout layout, AdjointPlan plan, List<StageRun> runs,
                              boolean tangents) {
        Graph graph = layout.graph();
        double[] values = new double[layout.slotCount()];
        double[] tangentValues = tangents ? new double[layout.slotCount()] : null;
        double[] adjointValues = plan != null ? new double[layout.slotCount()] : null;
        program.bindStorage(values, tangentValues, adjointValues);
        long retained = Footprint.doubles(values.length) + Footprint.doubles(values.length);
        for (Input input : graph.inputs()) {
            if (layout.kind(input.nodeId()) == StorageKind.STORED) {
                System.arraycopy(input.data(), 0, values, layout.slot(input.nodeId()), input.shape().size());
            }
        }
        int count = graph.nodeCount();
        double[][] buffers = new double[count][];
        double[][] tangentBuffers = new double[count][];
        double[][] adjointBuffers = new double[count][];
        Map<List<Object>, double[]> shared = new HashMap<>();
        Map<Shape, Integer> kernelsOfShape = new HashMap<>();
        int stageOfPrevious = -1;
        Class<?> type = program.getClass();
        try {
            for (int id : layout.constants()) {
                Node node = graph.node(id);
                double[] constant = new double[node.shape().size()];
                node.primitive().primal(new double[0][], new OperandLayout(new int[0], new int[0]), constant);
                System.arraycopy(constant, 0, values, layout.slot(id), constant.length);
            }
            for (int id : layout.kernels()) {
                Node node = graph.node(id);
                int size = node.shape().size();
                int arity = node.operandCount();
                double[][] operands = new double[arity][];
                int[] offsets = new int[arity];
                int[] sizes = new int[arity];
                for (int i = 0; i < arity; i++) {
                    int operand = node.operand(i);
                    StorageKind operandKind = layout.kind(operand);
                    operands[i] = operandKind == StorageKind.POINT ? null
                            : operandKind == StorageKind.KERNEL ? buffers[operand] : values;
                    offsets[i] = operandKind == StorageKind.POINT ? graph.pointOffset(operand)
                            : operandKind == StorageKind.KERNEL ? 0 : layout.slot(operand);
                    sizes[i] = layout.size(operand);
                }
                if (node.stage() != stageOfPrevious) {
                    kernelsOfShape.clear();
                    stageOfPrevious = node.stage();
                }
                List<Object> place = layout.banks() == 0 ? null : List.of(node.stage() % layout.banks(), node.shape(),
                        kernelsOfShape.merge(node.shape(), 1, Integer::sum));
                long before = shared.size();
                buffers[id] = place == null ? new double[size] : shared.computeIfAbsent(withRole("value", place),
                        key -> new double[size]);
                if (place == null || shared.size() > before) {
                    retained += Footprint.doubles(size);
                }
                type.getField("K" + id).set(program, node.primitive());
                type.getField("o" + id).set(program, operands);
                type.getField("l" + id).set(program, new OperandLayout(offsets, sizes));
                type.getField("b" + id).set(program, buffers[id]);
                if (tangents && graph.isActive(id)) {
                    tangentBuffers[id] = new double[size];
                    retained += Footprint.doubles(size);
                    double[][] table = new double[arity][];
                    for (int i = 0; i < arity; i++) {
                        int operand = node.operand(i);
                        if (graph.isActive(operand)) {
                            table[i] = derivativeArray(layout.kind(operand), tangentBuffers[operand], tangentValues);
                        }
                    }
                    type.getField("to" + id).set(program, table);
                    type.getField("t" + id).set(program, tangentBuffers[id]);
                }
                if (plan != null && graph.isActive(id)) {
                    long adjointsBefore = shared.size();
                    adjointBuffers[id] = place == null ? new double[size]
                            : shared.computeIfAbsent(withRole("adjoint", place), key -> new double[size]);
                    if (place == null || shared.size() > adjointsBefore) {
                        retained += Footprint.doubles(size);
                    }
                    double[][] table = new double[arity][];
                    for (int i = 0; i < arity; i++) {
                        int operand = node.operand(i);
                        if (plan.contributes(id, i)) {
                            table[i] = derivativeArray(layout.kind(operand), adjointBuffers[operand], adjointValues);
                        }
                    }
                    type.getField("ao" + id).set(program, table);
                    type.getField("a" + id).set(program, adjointBuffers[id]);
                    type.getField("f" + id).set(program, plan.live(id) ? plan.firstWrites(id) : new boolean[arity]);
                }
            }
            bindRunTables(program, graph, runs);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("generated program lacks a field the compiler binds: " + e.getMessage(), e);
        }
        return new Bound(values, buffers, retained);
    }

    /**
     * Fills each run's kernel tables: entry k of the table of a body's kernel node is the field of
     * the alike node of the run's stage k.
     */
    private static void bindRunTables(CompiledProgram program, Graph graph, List<StageRun> runs)
            throws ReflectiveOperationException {
        Map<String, java.lang.reflect.Field> fields = new HashMap<>();
        for (java.lang.reflect.Field field : program.getClass().getFields()) {
            fields.put(field.getName(), field);
        }
        for (StageRun run : runs) {
            int from = graph.stageStart(run.first());
            for (int id = from; id < graph.stageEnd(run.first()); id++) {
                for (String prefix : KERNEL_FIELDS) {
                    java.lang.reflect.Field table = fields.get(prefix + id + ArrayNames.RUN_TABLE);
                    if (table == null) {
                        continue;
                    }
                    Object entries = java.lang.reflect.Array.newInstance(table.getType().getComponentType(),
                            run.length());
                    for (int k = 0; k < run.length(); k++) {
                        int node = id + graph.stageStart(run.first() + k) - from;
                        java.lang.reflect.Array.set(entries, k, fields.get(prefix + node).get(program));
                    }
                    table.set(program, entries);
                }
            }
        }
    }

    /** The prefixes of a kernel node's fields: primitive, operands, layout, value, tangents, adjoints, first writes. */
    private static final String[] KERNEL_FIELDS = {"K", "o", "l", "b", "to", "t", "ao", "a", "f"};

    private static List<Object> withRole(String role, List<Object> place) {
        List<Object> key = new ArrayList<>(place);
        key.add(role);
        return key;
    }

    /** The array an operand's tangent or adjoint lives in: null for the point's (bound per call). */
    private static double[] derivativeArray(StorageKind kind, double[] ownBuffer, double[] flat) {
        return kind == StorageKind.POINT ? null : kind == StorageKind.KERNEL ? ownBuffer : flat;
    }

    /**
     * Flops of each stage's primal, tangent and adjoint code ([direction][stage]), as the
     * interpreters count them.
     */
    private static long[][] flops(ProgramLayout layout, AdjointPlan plan) {
        Graph graph = layout.graph();
        long[][] flops = new long[3][graph.stageCount()];
        for (Node node : graph.nodes()) {
            int id = node.id();
            int stage = node.stage();
            if (node.isInput() || layout.kind(id) == StorageKind.UNUSED) {
                continue;
            }
            Shape[] shapes = graph.operandShapes(node);
            flops[0][stage] += node.primitive().primalFlops(shapes, node.shape());
            if (!layout.differentiates(id)) {
                continue;
            }
            for (int i = 0; i < node.operandCount(); i++) {
                if (graph.isActive(node.operand(i))) {
                    flops[1][stage] += node.primitive().jvpFlops(shapes, node.shape(), i);
                }
                if (plan != null && plan.contributes(id, i)) {
                    flops[2][stage] += node.primitive().vjpFlops(shapes, node.shape(), i);
                }
            }
        }
        return flops;
    }

    /** Flops of one primal, one tangent sweep and one adjoint sweep of the whole graph. */
    private static long[] totals(long[][] stageFlops) {
        long[] totals = new long[stageFlops.length];
        for (int direction = 0; direction < stageFlops.length; direction++) {
            for (long stage : stageFlops[direction]) {
                totals[direction] += stage;
            }
        }
        return totals;
    }
}
