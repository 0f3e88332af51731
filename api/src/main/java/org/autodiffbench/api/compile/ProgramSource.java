package org.autodiffbench.api.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Node;

/**
 * Writes the Java source of a compiled program: one class extending {@link CompiledProgram},
 * with the primal, and the tangent or adjoint code asked for, as straight-line methods of bounded
 * size, and one body method per direction for each run of repeated stages, called in a loop.
 */
final class ProgramSource {

    /** The simple name of every generated class (each lives in a class loader of its own). */
    static final String CLASS_NAME = "GeneratedProgram";

    private final ProgramLayout layout;
    private final Graph graph;
    private final AdjointPlan plan;
    private final List<StageRun> runs;
    private final NodeCode code;
    private final CodeNames names;
    private final MethodChunks chunks = new MethodChunks();
    /** A body's adjoint statements, which run its nodes in reverse order. */
    private final RangeStatements adjointStatements;
    private final RangeStatements primalStatements;

    /**
     * @param plan the adjoint plan, or null when no adjoint code is wanted
     * @param names the names of straight-line code
     */
    ProgramSource(ProgramLayout layout, AdjointPlan plan, List<StageRun> runs, CodeNames names) {
        this.layout = layout;
        this.graph = layout.graph();
        this.plan = plan;
        this.runs = runs;
        this.code = new NodeCode(layout);
        this.names = names;
        this.adjointStatements = (from, to, runNames, out) -> {
            for (int id = to - 1; id >= from; id--) {
                code.adjoint(id, plan, runNames, out);
            }
        };
        this.primalStatements = eachNode((node, runNames, out) -> code.primal(node, runNames, out));
    }

    /**
     * The class source.
     *
     * @param tangents whether to write the tangent code
     * @param kernelType the Java type of kernel node id's primitive field
     */
    String write(boolean tangents, IntFunction<String> kernelType) {
        StringBuilder s = new StringBuilder();
        header(s, tangents, kernelType);
        entry(s, "runPrimal", "p", primal());
        entry(s, "runReadValues", "r", readValues());
        if (tangents) {
            entry(s, "runTangent", "t", tangent());
            entry(s, "runPrimalAndTangent", "pt", primalAndTangent());
            entry(s, "runReadTangents", "rt", readTangents());
        } else {
            missing(s, "runTangent", "", "tangent");
            missing(s, "runPrimalAndTangent", "", "tangent");
            missing(s, "runReadTangents", "", "tangent");
        }
        if (plan != null) {
            entry(s, "runAdjoint", "a", adjoint());
        } else {
            missing(s, "runAdjoint", "", "adjoint");
        }
        for (String stageEntry : new String[] {"runBeginPrimal", "runBeginAdjoint", "runEndAdjoint"}) {
            missing(s, stageEntry, "", "stage-by-stage");
        }
        missing(s, "runStagePrimal", "int k", "stage-by-stage");
        missing(s, "runStageAdjoint", "int k", "stage-by-stage");
        s.append(chunks.methods()).append("}\n");
        return s.toString();
    }

    /**
     * The class source of a program run stage by stage over a banked layout: a primal and an
     * adjoint entry per stage (a run of repeated stages shares one body, called with the bases of
     * the stage's bank and of its predecessor's), and the parts of a sweep that belong to no stage.
     *
     * @param kernelType the Java type of kernel node id's primitive field
     */
    String writeStaged(IntFunction<String> kernelType) {
        StringBuilder s = new StringBuilder();
        header(s, false, kernelType);
        missing(s, "runPrimal", "", "whole-graph primal");
        missing(s, "runTangent", "", "tangent");
        missing(s, "runPrimalAndTangent", "", "tangent");
        missing(s, "runReadTangents", "", "tangent");
        missing(s, "runAdjoint", "", "whole-graph adjoint");
        entry(s, "runReadValues", "r", readValues());
        List<String> beginPrimal = new ArrayList<>();
        rebind(beginPrimal, "o", "x", false);
        entry(s, "runBeginPrimal", "bp", beginPrimal);
        stageEntry(s, "runStagePrimal", "pb", "ps", primalStatements);
        List<String> beginAdjoint = new ArrayList<>();
        rebind(beginAdjoint, "ao", "g", true);
        beginAdjoint.addAll(seeds());
        entry(s, "runBeginAdjoint", "ba", beginAdjoint);
        stageEntry(s, "runStageAdjoint", "ab", "as", adjointStatements);
        entry(s, "runEndAdjoint", "ea", pointZeros());
        s.append(chunks.methods()).append("}\n");
        return s.toString();
    }

    private void header(StringBuilder s, boolean tangents, IntFunction<String> kernelType) {
        s.append("public final class ").append(CLASS_NAME).append(" extends ")
                .append(CompiledProgram.class.getName()).append(" {\n\n");
        fields(s, tangents, kernelType);
    }

    /**
     * A field per kernel node for its primitive, operand table, layout and buffers; and for each
     * kernel node of a run's body, a table of each, indexed by the stage's place in the run.
     */
    private void fields(StringBuilder s, boolean tangents, IntFunction<String> kernelType) {
        for (int id : layout.kernels()) {
            kernelFields(s, id, "", tangents, kernelType);
        }
        for (StageRun run : runs) {
            for (int id = graph.stageStart(run.first()); id < graph.stageEnd(run.first()); id++) {
                if (layout.kind(id) == StorageKind.KERNEL) {
                    kernelFields(s, id, "[]", tangents, kernelType);
                }
            }
        }
        s.append('\n');
    }

    private void kernelFields(StringBuilder s, int id, String table, boolean tangents, IntFunction<String> kernelType) {
        String suffix = table.isEmpty() ? "" : ArrayNames.RUN_TABLE;
        field(s, kernelType.apply(id) + table, "K", id, suffix);
        field(s, "double[][]" + table, "o", id, suffix);
        field(s, "org.autodiffbench.api.primitives.OperandLayout" + table, "l", id, suffix);
        field(s, "double[]" + table, "b", id, suffix);
        if (tangents && graph.isActive(id)) {
            field(s, "double[][]" + table, "to", id, suffix);
            field(s, "double[]" + table, "t", id, suffix);
        }
        if (plan != null && graph.isActive(id)) {
            field(s, "double[][]" + table, "ao", id, suffix);
            field(s, "double[]" + table, "a", id, suffix);
            field(s, "boolean[]" + table, "f", id, suffix);
        }
    }

    private static void field(StringBuilder s, String type, String prefix, int id, String suffix) {
        s.append("    public ").append(type).append(' ').append(prefix).append(id).append(suffix).append(";\n");
    }

    private void entry(StringBuilder s, String name, String prefix, List<String> statements) {
        s.append("    protected void ").append(name).append("() {\n");
        for (String call : chunks.split(prefix, "", "", statements)) {
            s.append("        ").append(call).append('\n');
        }
        s.append("    }\n\n");
    }

    private static void missing(StringBuilder s, String name, String parameters, String direction) {
        s.append("    protected void ").append(name).append("(").append(parameters)
                .append(") {\n        throw new UnsupportedOperationException(\"")
                .append(direction).append(" code was not generated for this program\");\n    }\n\n");
    }

    List<String> primal() {
        return forward("o", "x", "pb", primalStatements);
    }

    List<String> tangent() {
        return forward("to", "dx", "tb", eachNode((node, runNames, out) -> code.tangent(node, runNames, out)));
    }

    /**
     * The primal and one tangent in a single pass: each node's tangent statement right after its
     * value's, so a JVP reads every operand once while it is still in a register or the L1 cache,
     * and runs of elementwise nodes of one size fused into one loop over locals.
     */
    List<String> primalAndTangent() {
        List<String> out = new ArrayList<>();
        rebind(out, "o", "x", false);
        ElementwiseFusion fusion = new ElementwiseFusion(layout, code, runs);
        out.addAll(forward("to", "dx", "ptb", fusion::primalAndTangent));
        return out;
    }

    /** Statements in node order, a loop for each stage run, after rebinding the kernel tables to the caller's array. */
    private List<String> forward(String table, String array, String bodyPrefix, RangeStatements statements) {
        List<String> out = new ArrayList<>();
        rebind(out, table, array, false);
        int id = 0;
        while (id < graph.nodeCount()) {
            StageRun run = runStartingAt(id);
            if (run != null) {
                out.add(forwardLoop(run, body(bodyPrefix, run, statements, "k")));
                id = graph.stageEnd(run.end() - 1);
            } else {
                int end = id + 1;
                while (end < graph.nodeCount() && runStartingAt(end) == null) {
                    end++;
                }
                statements.write(id, end, names, out);
                id = end;
            }
        }
        return out;
    }

    List<String> adjoint() {
        List<String> out = new ArrayList<>();
        rebind(out, "ao", "g", true);
        out.addAll(seeds());
        for (int id = graph.nodeCount() - 1; id >= 0; id--) {
            StageRun run = runEndingAt(id);
            if (run != null) {
                out.add(reverseLoop(run, body("ab", run, adjointStatements, "k")));
                id = graph.stageStart(run.first());
            } else {
                adjointStatements.write(id, id + 1, names, out);
            }
        }
        out.addAll(pointZeros());
        return out;
    }

    /** The output adjoints set from the cotangent that seeds the sweep. */
    private List<String> seeds() {
        List<String> out = new ArrayList<>();
        int row = 0;
        for (int k = 0; k < graph.outputCount(); k++) {
            int output = graph.output(k);
            int size = layout.size(output);
            if (graph.isActive(output)) {
                String index = size > 1 ? "i" : null;
                String statement = names.adjoint(output, index) + (plan.firstSeed(k) ? " = " : " += ")
                        + names.seed(row, index) + ";";
                out.add(loop(size, statement));
            }
            row += size;
        }
        return out;
    }

    /** The zeros of the point adjoints that no code writes. */
    private List<String> pointZeros() {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < graph.differentiableInputs().size(); k++) {
            if (!plan.pointWritten(k)) {
                int node = graph.differentiableInputs().get(k).nodeId();
                int size = layout.size(node);
                out.add(loop(size, names.adjoint(node, size > 1 ? "i" : null) + " = 0.0;"));
            }
        }
        return out;
    }

    /**
     * The entry that runs one stage in one direction: a stage of a run calls the run's body with the
     * bases of its bank and its predecessor's; any other stage calls its own straight-line code,
     * found by a switch in groups of 256 stages so that no method outgrows the JIT's limit.
     */
    private void stageEntry(StringBuilder s, String name, String bodyPrefix, String stagePrefix,
                            RangeStatements direction) {
        s.append("    protected void ").append(name).append("(int k) {\n");
        boolean[] inRun = new boolean[graph.stageCount()];
        for (StageRun run : runs) {
            java.util.Arrays.fill(inRun, run.first(), run.end(), true);
            s.append("        if (k >= ").append(run.first()).append(" && k < ").append(run.end())
                    .append(") { int cur = ").append(bankBase("k")).append("; int prev = ")
                    .append(bankBase("k + " + (layout.banks() - 1))).append("; ")
                    .append(body(bodyPrefix, run, direction, "k - " + run.first())).append(" return; }\n");
        }
        java.util.Map<Integer, StringBuilder> groups = new java.util.TreeMap<>();
        for (int k = 0; k < graph.stageCount(); k++) {
            if (inRun[k]) {
                continue;
            }
            List<String> statements = new ArrayList<>();
            direction.write(graph.stageStart(k), graph.stageEnd(k), names, statements);
            String call = chunks.single(stagePrefix, statements);
            if (!call.isEmpty()) {
                groups.computeIfAbsent(k >>> 8, g -> new StringBuilder())
                        .append("            case ").append(k).append(": ").append(call).append(" return;\n");
            }
        }
        s.append("        switch (k >>> 8) {\n");
        StringBuilder methods = new StringBuilder();
        groups.forEach((group, cases) -> {
            String method = name + "Group" + group;
            s.append("            case ").append(group).append(": ").append(method).append("(k); return;\n");
            methods.append("    private void ").append(method).append("(int k) {\n        switch (k) {\n").append(cases)
                    .append("            default: return;\n        }\n    }\n\n");
        });
        s.append("            default: return;\n        }\n    }\n\n").append(methods);
    }

    /** The first slot of the bank of the stage the expression names, in a banked layout. */
    private String bankBase(String stage) {
        return layout.globalSlots() + " + (" + stage + ") % " + layout.banks() + " * " + layout.bankWidth();
    }

    private List<String> readValues() {
        List<String> out = new ArrayList<>();
        int row = 0;
        for (int k = 0; k < graph.outputCount(); k++) {
            int output = graph.output(k);
            int size = layout.size(output);
            String index = size > 1 ? "i" : null;
            out.add(loop(size, CodeNames.element("y", String.valueOf(row), index) + " = "
                    + names.value(output, index) + ";"));
            row += size;
        }
        return out;
    }

    private List<String> readTangents() {
        List<String> out = new ArrayList<>();
        int row = 0;
        for (int k = 0; k < graph.outputCount(); k++) {
            int output = graph.output(k);
            int size = layout.size(output);
            String index = size > 1 ? "i" : null;
            String position = index == null ? String.valueOf(row) : row + " + i";
            String tangent = graph.isActive(output) ? names.tangent(output, index) : NodeCode.ZERO;
            out.add(loop(size, "target[start + (" + position + ") * stride] = " + tangent + ";"));
            row += size;
        }
        return out;
    }

    /**
     * Points a kernel table's slots that read a differentiable input at the caller's array; for the
     * kernel nodes of a run, in one loop over the template's tables. A slot is stored only when it
     * holds another array, as {@link CompiledProgram}'s own fields are.
     */
    private void rebind(List<String> out, String table, String array, boolean adjoints) {
        if (!(names instanceof ArrayNames)) {
            return;
        }
        for (int id : layout.kernels()) {
            Node node = graph.node(id);
            if ((!table.equals("o") && !graph.isActive(id)) || (adjoints && !plan.live(id))) {
                continue;
            }
            StageRun run = runOf(node.stage());
            if (run != null && node.stage() != run.first() || !readsTables(id, table)) {
                continue;
            }
            for (int i = 0; i < node.operandCount(); i++) {
                if (layout.kind(node.operand(i)) == StorageKind.POINT) {
                    String entry = run == null ? table + id + "[" + i + "]"
                            : table + id + ArrayNames.RUN_TABLE + "[k][" + i + "]";
                    String store = "if (" + entry + " != " + array + ") { " + entry + " = " + array + "; }";
                    out.add(run == null ? store : "for (int k = 0; k < " + run.length() + "; k++) { " + store + " }");
                }
            }
        }
    }

    /**
     * Does any code of the program read a kernel node's table: not the tangent operands of a node
     * whose moves are written out as copies, nor its operand values when no adjoint kernel reads them.
     */
    private boolean readsTables(int id, String table) {
        boolean copied = code.writesCopies(id, names);
        return !copied || table.equals("o") && plan != null || table.startsWith("a");
    }

    /** The run a stage belongs to, or null. */
    private StageRun runOf(int stage) {
        for (StageRun run : runs) {
            if (stage >= run.first() && stage < run.end()) {
                return run;
            }
        }
        return null;
    }

    /** The statements of one direction for a node, written with the given names. */
    @FunctionalInterface
    private interface NodeStatements {
        void write(int node, CodeNames names, List<String> out);
    }

    /** The statements of one direction for the nodes [from, to), in the direction's order. */
    @FunctionalInterface
    private interface RangeStatements {
        void write(int from, int to, CodeNames names, List<String> out);
    }

    /** A direction written node by node, in node order. */
    private static RangeStatements eachNode(NodeStatements statements) {
        return (from, to, names, out) -> {
            for (int id = from; id < to; id++) {
                statements.write(id, names, out);
            }
        };
    }

    /**
     * The body methods of a run in one direction; returns the calls of one iteration.
     *
     * @param stageInRun the expression of the stage's place in the run, which indexes its kernel tables
     */
    private String body(String prefix, StageRun run, RangeStatements direction, String stageInRun) {
        CodeNames runNames = ArrayNames.body(layout, run);
        List<String> statements = new ArrayList<>();
        direction.write(graph.stageStart(run.first()), graph.stageEnd(run.first()), runNames, statements);
        return String.join(" ", chunks.split(prefix, "int cur, int prev, int k", "cur, prev, " + stageInRun,
                statements));
    }

    private String forwardLoop(StageRun run, String calls) {
        return "{ int cur = " + layout.stageBase(run.first()) + "; int prev = " + previousBase(run)
                + "; for (int k = 0; k < " + run.length() + "; k++) { " + calls + " prev = cur; cur += "
                + run.stride() + "; } }";
    }

    private String reverseLoop(StageRun run, String calls) {
        long last = layout.stageBase(run.first()) + (long) (run.length() - 1) * run.stride();
        return "{ int cur = " + last + "; for (int k = " + (run.length() - 1) + "; k >= 0; k--) { int prev = k == 0 ? "
                + previousBase(run) + " : cur - " + run.stride() + "; " + calls + " cur -= " + run.stride() + "; } }";
    }

    private int previousBase(StageRun run) {
        return run.first() == 0 ? 0 : layout.stageBase(run.first() - 1);
    }

    private StageRun runStartingAt(int id) {
        for (StageRun run : runs) {
            if (graph.stageStart(run.first()) == id) {
                return run;
            }
        }
        return null;
    }

    private StageRun runEndingAt(int id) {
        for (StageRun run : runs) {
            if (graph.stageEnd(run.end() - 1) - 1 == id) {
                return run;
            }
        }
        return null;
    }

    private static String loop(int size, String statement) {
        return size == 1 ? statement : "for (int i = 0; i < " + size + "; i++) { " + statement + " }";
    }
}
