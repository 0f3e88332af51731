package org.autodiffbench.api.compile;

import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Node;
import org.autodiffbench.api.primitives.ElementwiseCode;

/**
 * Where each node of a compiled program lives. Values of emitted code, data inputs and constants
 * share one flat array, each at a slot, and tangents and adjoints use flat arrays of the same
 * layout; a kernel node has buffers of its own; a differentiable input stays in the caller's
 * point. Slots are given in node order, so stages built alike get alike slots.
 */
final class ProgramLayout {

    private final Graph graph;
    private final StorageKind[] kinds;
    private final ElementwiseCode[] code;
    private final int[] slots;
    /** The KERNEL nodes and the stored constants (non-input nodes without operands), in node order. */
    private final int[] kernels;
    private final int[] constants;
    /** [node]: which operands' partials are the constant 0 whatever the operands, or null. */
    private final boolean[][] zeroPartials;
    /** slotStarts[k]: the first slot given to a node of stage k; slotStarts[stageCount] is the array length. */
    private final int[] slotStarts;

    ProgramLayout(Graph graph) {
        this.graph = graph;
        int count = graph.nodeCount();
        kinds = new StorageKind[count];
        code = new ElementwiseCode[count];
        slots = new int[count];
        slotStarts = new int[graph.stageCount() + 1];
        zeroPartials = new boolean[count][];
        java.util.Map<org.autodiffbench.api.primitives.Primitive, boolean[]> zeroPartialsOf = new java.util.HashMap<>();
        java.util.List<Integer> kernelList = new java.util.ArrayList<>();
        java.util.List<Integer> constantList = new java.util.ArrayList<>();
        int next = 0;
        int stage = 0;
        for (Node node : graph.nodes()) {
            int id = node.id();
            while (stage < node.stage()) {
                slotStarts[++stage] = next;
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
                slots[id] = next;
                next = Math.addExact(next, node.shape().size());
            }
        }
        while (stage < graph.stageCount()) {
            slotStarts[++stage] = next;
        }
        kernels = kernelList.stream().mapToInt(Integer::intValue).toArray();
        constants = constantList.stream().mapToInt(Integer::intValue).toArray();
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

    /** The first slot of stage k (the length of the value array for k = stageCount). */
    int slotStart(int stage) {
        return slotStarts[stage];
    }

    /** The length of the value, tangent and adjoint arrays. */
    int slotCount() {
        return slotStarts[graph.stageCount()];
    }

    int size(int node) {
        return graph.node(node).shape().size();
    }

    /** Does the node carry a derivative that code must compute: active and not an input? */
    boolean differentiates(int node) {
        return graph.isActive(node) && !graph.node(node).isInput() && kinds[node] != StorageKind.UNUSED;
    }
}
