package org.autodiffbench.api.compile;

import java.util.ArrayList;
import java.util.List;
import org.autodiffbench.api.eval.Footprint;
import org.autodiffbench.api.eval.NodeValues;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Node;
import org.autodiffbench.api.primitives.OperandLayout;

/**
 * The values of a compiled program's last primal, node by node, for a sweep that runs the rules
 * itself. Operands are read in place (the value array, a kernel's buffer, the caller's point);
 * the value of an active node of emitted code is copied out of the value array into a buffer of
 * its own at {@link #load}, since rules read a node's value as a whole array.
 */
final class CompiledNodeValues implements NodeValues {

    private final double[][][] operands;
    private final OperandLayout[] layouts;
    private final double[][] outs;
    private final double[] flat;
    /** Emitted-code nodes whose value is copied, with their slots. */
    private final int[] copied;
    private final int[] copiedSlots;
    /** Operand views that read the point, as pairs (node, operand index). */
    private final int[] pointSlots;
    private final long copiedBytes;

    CompiledNodeValues(ProgramLayout layout, double[] flat, double[][] kernelBuffers) {
        Graph graph = layout.graph();
        int count = graph.nodeCount();
        this.flat = flat;
        operands = new double[count][][];
        layouts = new OperandLayout[count];
        outs = new double[count][];
        List<Integer> copies = new ArrayList<>();
        List<Integer> points = new ArrayList<>();
        for (Node node : graph.nodes()) {
            int id = node.id();
            StorageKind kind = layout.kind(id);
            if (kind != StorageKind.CODE && kind != StorageKind.KERNEL) {
                continue;
            }
            int arity = node.operandCount();
            double[][] views = new double[arity][];
            int[] offsets = new int[arity];
            int[] sizes = new int[arity];
            for (int i = 0; i < arity; i++) {
                int operand = node.operand(i);
                StorageKind operandKind = layout.kind(operand);
                sizes[i] = layout.size(operand);
                if (operandKind == StorageKind.POINT) {
                    offsets[i] = graph.pointOffset(operand);
                    points.add(id);
                    points.add(i);
                } else if (operandKind == StorageKind.KERNEL) {
                    views[i] = kernelBuffers[operand];
                } else {
                    views[i] = flat;
                    offsets[i] = layout.slot(operand);
                }
            }
            operands[id] = views;
            layouts[id] = new OperandLayout(offsets, sizes);
            if (kind == StorageKind.KERNEL) {
                outs[id] = kernelBuffers[id];
            } else if (graph.isActive(id)) {
                outs[id] = new double[layout.size(id)];
                copies.add(id);
            }
        }
        copied = copies.stream().mapToInt(Integer::intValue).toArray();
        copiedSlots = copies.stream().mapToInt(layout::slot).toArray();
        pointSlots = points.stream().mapToInt(Integer::intValue).toArray();
        copiedBytes = copies.stream().mapToLong(id -> Footprint.doubles(layout.size(id))).sum();
    }

    @Override
    public void load(double[] x) {
        for (int k = 0; k < pointSlots.length; k += 2) {
            operands[pointSlots[k]][pointSlots[k + 1]] = x;
        }
        for (int k = 0; k < copied.length; k++) {
            double[] out = outs[copied[k]];
            System.arraycopy(flat, copiedSlots[k], out, 0, out.length);
        }
    }

    @Override
    public double[][] operands(int id) {
        return operands[id];
    }

    @Override
    public OperandLayout layout(int id) {
        return layouts[id];
    }

    @Override
    public double[] value(int id) {
        return outs[id];
    }

    @Override
    public long copiedBytes() {
        return copiedBytes;
    }
}
