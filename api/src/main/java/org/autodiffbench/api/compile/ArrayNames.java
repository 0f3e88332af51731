package org.autodiffbench.api.compile;

/**
 * The names of a compiled program: values in the flat array {@code v} (tangents {@code dv},
 * adjoints {@code av}), differentiable inputs in the caller's {@code x} ({@code dx}, {@code g}),
 * a kernel node's buffers in its own fields ({@code b7}, {@code t7}, {@code a7}). Inside a stage
 * body the slots of the current and the previous stage are relative to the parameters
 * {@code cur} and {@code prev}, and a kernel node of the body is stage k's, found in the run's
 * tables ({@code K7s[k]}, {@code b7s[k]}) by the parameter {@code k}.
 */
final class ArrayNames implements CodeNames {

    /** The suffix of the field that holds one of a run's tables: K7s, b7s, …, stage k's at index k. */
    static final String RUN_TABLE = "s";

    private final ProgramLayout layout;
    /** The template stage of a body, or -1 for straight-line code. */
    private final int stage;
    /** The nodes of the previous stage that a body reads relative to {@code prev}. */
    private final java.util.Set<Integer> previous;

    /** The point inputs a body reads k point strides further on in the run's stage k, and that stride. */
    private final java.util.Set<Integer> shiftedPoints;
    private final int pointStride;

    private ArrayNames(ProgramLayout layout, int stage, java.util.Set<Integer> previous,
                       java.util.Set<Integer> shiftedPoints, int pointStride) {
        this.layout = layout;
        this.stage = stage;
        this.previous = previous;
        this.shiftedPoints = shiftedPoints;
        this.pointStride = pointStride;
    }

    /** Names for straight-line code: every slot absolute. */
    static ArrayNames straight(ProgramLayout layout) {
        return new ArrayNames(layout, -1, java.util.Set.of(), java.util.Set.of(), 0);
    }

    /** Names for the body of a stage run. */
    static ArrayNames body(ProgramLayout layout, StageRun run) {
        return new ArrayNames(layout, run.first(), run.previousStageOperands(), run.shiftedPoints(), run.pointStride());
    }

    @Override
    public String value(int node, String index) {
        if (layout.kind(node) == StorageKind.LITERAL) {
            return layout.code(node).value();
        }
        return CodeNames.element(valueArray(node), valueOffset(node), index);
    }

    @Override
    public String valueArray(int node) {
        return switch (layout.kind(node)) {
            case POINT -> "x";
            case KERNEL -> kernelField("b", node);
            default -> "v";
        };
    }

    @Override
    public String valueOffset(int node) {
        return switch (layout.kind(node)) {
            case POINT -> pointOffset(node);
            case KERNEL -> "0";
            default -> base(node);
        };
    }

    @Override
    public String tangent(int node, String index) {
        return CodeNames.element(tangentArray(node), tangentOffset(node), index);
    }

    @Override
    public String tangentArray(int node) {
        return switch (layout.kind(node)) {
            case POINT -> "dx";
            case KERNEL -> kernelField("t", node);
            default -> "dv";
        };
    }

    @Override
    public String tangentOffset(int node) {
        return switch (layout.kind(node)) {
            case POINT -> pointOffset(node);
            case KERNEL -> "0";
            default -> base(node);
        };
    }

    @Override
    public String adjoint(int node, String index) {
        return switch (layout.kind(node)) {
            case POINT -> CodeNames.element("g", pointOffset(node), index);
            case KERNEL -> CodeNames.element(kernelField("a", node), "0", index);
            default -> CodeNames.element("av", base(node), index);
        };
    }

    @Override
    public String seed(int row, String index) {
        return CodeNames.element("seed", String.valueOf(row), index);
    }

    @Override
    public String kernelPrimal(int node) {
        return call(node, "primal", "o", "l", "b");
    }

    @Override
    public String kernelTangent(int node) {
        return call(node, "jvp", "o", "l", "b", "to", "t");
    }

    @Override
    public String kernelAdjoint(int node) {
        return call(node, "vjpAssign", "o", "l", "b", "a", "ao", "f");
    }

    /** A call of a kernel node's primitive's method on its fields (o: operands, l: layout, b/t/a: buffers). */
    private String call(int node, String method, String... fields) {
        StringBuilder call = new StringBuilder(kernelField("K", node)).append('.').append(method).append('(');
        for (int i = 0; i < fields.length; i++) {
            call.append(i == 0 ? "" : ", ").append(kernelField(fields[i], node));
        }
        return call.append(");").toString();
    }

    /**
     * One of a kernel node's fields: its own ({@code b7}), or inside a stage body, for a node of the
     * body, stage k's entry of the run's table ({@code b7s[k]}).
     */
    private String kernelField(String prefix, int node) {
        boolean inBody = stage >= 0 && layout.graph().node(node).stage() == stage;
        return prefix + node + (inBody ? RUN_TABLE + "[k]" : "");
    }

    /** Where a point input starts in the point, in stage k of a run for one the body reads shifted. */
    private String pointOffset(int node) {
        int offset = layout.graph().pointOffset(node);
        return shiftedPoints.contains(node) ? offset + " + k * " + pointStride : String.valueOf(offset);
    }

    private String base(int node) {
        int slot = layout.slot(node);
        int nodeStage = layout.graph().node(node).stage();
        if (stage >= 0 && nodeStage == stage) {
            return relative("cur", slot - layout.stageBase(stage));
        }
        if (previous.contains(node)) {
            return relative("prev", slot - layout.stageBase(stage - 1));
        }
        return String.valueOf(slot);
    }

    private static String relative(String base, int offset) {
        return offset == 0 ? base : base + " + " + offset;
    }
}
