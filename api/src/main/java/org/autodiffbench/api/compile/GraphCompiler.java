package org.autodiffbench.api.compile;

import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.autodiffbench.api.eval.Footprint;
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
        ProgramLayout layout;
        try {
            layout = new ProgramLayout(graph);
        } catch (ArithmeticException e) {
            throw refusal(graph, "its values do not fit in one array");
        }
        AdjointPlan plan = sweeps.contains(Sweep.ADJOINT) ? new AdjointPlan(layout) : null;
        List<StageRun> runs = StageRuns.find(layout, plan);
        ClassLoader parent = CompiledProgram.class.getClassLoader();
        String source = new ProgramSource(layout, plan, runs, ArrayNames.straight(layout)).write(tangents,
                id -> kernelType(graph.node(id).primitive(), parent));
        long generated = System.nanoTime();

        SimpleCompiler compiler = new SimpleCompiler();
        compiler.setParentClassLoader(parent);
        compiler.setDebuggingInformation(false, false, false);
        CompiledProgram program;
        try {
            compiler.cook(source);
            program = (CompiledProgram) compiler.getClassLoader().loadClass(ProgramSource.CLASS_NAME)
                    .getConstructor().newInstance();
        } catch (CompileException | ReflectiveOperationException | RuntimeException | LinkageError e) {
            throw refusal(graph, "the compiler refused the generated code (" + firstLine(e) + ")");
        }
        Map<String, Integer> methodBytes = methodBytes(compiler);
        methodBytes.forEach((name, bytes) -> {
            if (bytes > JIT_METHOD_LIMIT) {
                throw refusal(graph, "generated method " + name + " has " + bytes + " bytes of bytecode, over the JIT's "
                        + JIT_METHOD_LIMIT);
            }
        });
        long retained = bind(program, layout, plan, tangents);
        long[] flops = flops(layout, plan);
        long compiled = System.nanoTime();
        return new CompiledGraph(graph, program, source, methodBytes, runs.size(), flops, retained,
                generated - started, compiled - generated);
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

    /** Allocates and fills the arrays the code reads; returns the bytes kept alive per call. */
    private static long bind(CompiledProgram program, ProgramLayout layout, AdjointPlan plan, boolean tangents) {
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
                buffers[id] = new double[size];
                retained += Footprint.doubles(size);
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
                    adjointBuffers[id] = new double[size];
                    retained += Footprint.doubles(size);
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
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("generated program lacks a field the compiler binds: " + e.getMessage(), e);
        }
        return retained;
    }

    /** The array an operand's tangent or adjoint lives in: null for the point's (bound per call). */
    private static double[] derivativeArray(StorageKind kind, double[] ownBuffer, double[] flat) {
        return kind == StorageKind.POINT ? null : kind == StorageKind.KERNEL ? ownBuffer : flat;
    }

    /** Flops of one primal, one tangent sweep and one adjoint sweep, as the interpreters count them. */
    private static long[] flops(ProgramLayout layout, AdjointPlan plan) {
        Graph graph = layout.graph();
        long[] flops = new long[3];
        for (Node node : graph.nodes()) {
            int id = node.id();
            if (node.isInput() || layout.kind(id) == StorageKind.UNUSED) {
                continue;
            }
            Shape[] shapes = graph.operandShapes(node);
            flops[0] += node.primitive().primalFlops(shapes, node.shape());
            if (!layout.differentiates(id)) {
                continue;
            }
            for (int i = 0; i < node.operandCount(); i++) {
                if (graph.isActive(node.operand(i))) {
                    flops[1] += node.primitive().jvpFlops(shapes, node.shape(), i);
                }
                if (plan != null && plan.contributes(id, i)) {
                    flops[2] += node.primitive().vjpFlops(shapes, node.shape(), i);
                }
            }
        }
        return flops;
    }
}
