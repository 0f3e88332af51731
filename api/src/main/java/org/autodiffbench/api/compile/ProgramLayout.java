package org.autodiffbench.api.compile;

import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Node;
import org.autodiffbench.api.primitives.ElementwiseCode;

/**
 * Where each node of a compiled program lives. Values of emitted code, data inputs and constants
 * share one flat array, each at a slot, and tangents and adjoints use flat arrays of the same
 * layout; a kernel node has buffers of its own; a differentiable input stays in the caller's
 * point. Slots are given in node order, so stages built alike get alike slots.
 *
 * <p>A banked layout is for code run stage by stage: inputs and constants get a region of their
 * own at the start, and the other nodes of stage k live in bank k mod banks after it, at the same
 * offset from the bank's start as from their stage's, so that memory does not grow with the
 * chain.
 */
final class ProgramLayout {

    private final Graph graph;
    private final StorageKind[] kinds;
    private final ElementwiseCode[] code;
    private final int[] slots;
    /** The number of banks, or 0 when every stage has slots of its own. */
    private final int banks;
    /** stageBases[k]: the slot the offsets of stage k's nodes count from. */
    private final int[] stageBases;
    /** stageWidths[k]: the slots of stage k's range. */
    private final int[] stageWidths;
    private final int slotCount;
    /** In a banked layout: the slots of the inputs and constants before the first bank, and of one bank. */
    private final int globalSlots;
    private final int bankWidth;
    /** The KERNEL nodes and the stored constants (non-input nodes without operands), in node order. */
    private final int[] kernels;
    private final int[] constants;
    /** [node]: which operands' partials are the constant 0 whatever the operands, or null. */
    private final boolean[][] zeroPartials;

    /** A layout in which every stage has a slot range of its own, in node order. */
    ProgramLayout(Graph graph) {
        this(graph, 0);
    }

    /**
     * @param banks 0 for a slot range per stage; otherwise the number of banks that the stages
     *     share, stage k using bank k mod banks
     */
    ProgramLayout(Graph graph, int banks) {
        this.graph = graph;
        this.banks = banks;
        int count = graph.nodeCount();
        int stages = graph.stageCount();
        kinds = new StorageKind[count];
        code = new ElementwiseCode[count];
        slots = new int[count];
        zeroPartials = new boolean[count][];
        stageBases = new int[stages];
        stageWidths = new int[stages];
        java.util.Map<org.autodiffbench.api.primitives.Primitive, boolean[]> zeroPartialsOf = new java.util.HashMap<>();
        java.util.List<Integer> kernelList = new java.util.ArrayList<>();
        java.util.List<Integer> constantList = new java.util.ArrayList<>();
        int[] stageStarts = new int[stages + 1];
        int next = 0;
        int global = 0;
        int stage = 0;
        for (Node node : graph.nodes()) {
            int id = node.id();
            while (stage < node.stage()) {
                stageStarts[++stage] = next;
            }
            kinds[id] = kindOf(node);
            if (kinds[id] == StorageKind.KERNEL) {
                kernelList.add(id);
            } else if (!node.isInput() && (kinds[id] == StorageKind.STORED || kinds[id] == StorageKind.LITERAL)) {
                constantList.add(id);
            }
            if (kinds[id] == StorageKind.CODE) {
                zeroPartials[id] = zeroPartialsOf.computeIfAbsent(node.primitive(), p -> zeroPartials(node));
            }
            slots[id] = -1;
            if (kinds[id] == StorageKind.STORED || kinds[id] == StorageKind.LITERAL || kinds[id] == StorageKind.CODE) {
                if (banks > 0 && isGlobal(node)) {
                    slots[id] = global;
                    global = Math.addExact(global, node.shape().size());
                } else {
                    slots[id] = next;
                    next = Math.addExact(next, node.shape().size());
                }
            }
        }
        while (stage < stages) {
            stageStarts[++stage] = next;
        }
        int width = 0;
        for (int k = 0; k < stages; k++) {
            stageWidths[k] = stageStarts[k + 1] - stageStarts[k];
            width = Math.max(width, stageWidths[k]);
            stageBases[k] = stageStarts[k];
        }
        globalSlots = global;
        bankWidth = width;
        if (banks > 0) {
            for (int k = 0; k < stages; k++) {
                stageBases[k] = Math.addExact(global, Math.multiplyExact(k % banks, bankWidth));
            }
            for (Node node : graph.nodes()) {
                if (slots[node.id()] >= 0 && !isGlobal(node)) {
                    slots[node.id()] += stageBases[node.stage()] - stageStarts[node.stage()];
                }
            }
            slotCount = Math.addExact(global, Math.multiplyExact(Math.min(banks, stages), bankWidth));
        } else {
            slotCount = next;
        }
        kernels = kernelList.stream().mapToInt(Integer::intValue).toArray();
        constants = constantList.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Is this node an input or a constant, which a banked layout keeps outside every bank? */
    static boolean isGlobal(Node node) {
        return node.isInput() || node.operandCount() == 0;
    }

    /** The nodes run through their kernels, in node order. */
    int[] kernels() {
        return kernels;
    }

    /** The constants, whose values are written into the value array once, in node order. */
    int[] constants() {
        return constants;
    }

    private StorageKind kindOf(Node node) {
        int id = node.id();
        boolean global = node.isInput() || node.operandCount() == 0;
        if (!graph.isUseful(id) && !global) {
            return StorageKind.UNUSED;
        }
        if (graph.isDifferentiableInput(id)) {
            return StorageKind.POINT;
        }
        if (node.isInput()) {
            return StorageKind.STORED;
        }
        code[id] = node.primitive().elementwiseCode().orElse(null);
        if (node.operandCount() == 0) {
            return code[id] != null && node.shape().size() == 1 ? StorageKind.LITERAL : StorageKind.STORED;
        }
        return code[id] != null ? StorageKind.CODE : StorageKind.KERNEL;
    }

    /** Which partials of a CODE node's primitive are the constant 0, as a comparison's are. */
    private boolean[] zeroPartials(Node node) {
        String[] names = new String[node.operandCount()];
        for (int i = 0; i < names.length; i++) {
            names[i] = "a" + i;
        }
        boolean[] zero = new boolean[names.length];
        for (int i = 0; i < names.length; i++) {
            zero[i] = NodeCode.ZERO.equals(code[node.id()].partial(i, names, "y"));
        }
        return zero;
    }

    /**
     * Is operand i's partial the constant 0 whatever the operands? Only then is its term left out:
     * a partial that is 0 because an operand is the literal 0 still multiplies, so that an
     * infinite tangent or adjoint gives NaN as in the interpreters.
     */
    boolean structuralZero(int node, int operand) {
        return zeroPartials[node] != null && zeroPartials[node][operand];
    }

    Graph graph() {
        return graph;
    }

    StorageKind kind(int node) {
        return kinds[node];
    }

    /** The code forms of a CODE or LITERAL node. */
    ElementwiseCode code(int node) {
        return code[node];
    }

    /** The first slot of a node's value in the value array, or -1 when it has none. */
    int slot(int node) {
        return slots[node];
    }

    /** The slot that the offsets of stage k's nodes count from: its first, or its bank's first. */
    int stageBase(int stage) {
        return stageBases[stage];
    }

    /** The number of slots of stage k's range (in a banked layout, its inputs and constants are elsewhere). */
    int stageWidth(int stage) {
        return stageWidths[stage];
    }

    /** In a banked layout, the slots before the first bank: the inputs' and constants'. */
    int globalSlots() {
        return globalSlots;
    }

    /** In a banked layout, the slots of one bank: the widest stage's. */
    int bankWidth() {
        return bankWidth;
    }

    /** The number of banks the stages share, or 0 when each has its own slots. */
    int banks() {
        return banks;
    }

    /** The length of the value, tangent and adjoint arrays. */
    int slotCount() {
        return slotCount;
    }

    int size(int node) {
        return graph.node(node).shape().size();
    }

    /** Does the node carry a derivative that code must compute: active and not an input? */
    boolean differentiates(int node) {
        return graph.isActive(node) && !graph.node(node).isInput() && kinds[node] != StorageKind.UNUSED;
    }
}
