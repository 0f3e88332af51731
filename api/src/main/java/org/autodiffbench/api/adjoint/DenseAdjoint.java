package org.autodiffbench.api.adjoint;

import java.util.Arrays;
import org.autodiffbench.api.kernels.DenseKernels;

/**
 * An adjoint matrix with every entry stored, row-major: what a node's adjoint becomes when
 * contributions of different structure meet, or when a product meets a matrix that is not
 * diagonal. Its rows can be bound to a place in the caller's Jacobian, so that a point's adjoint
 * is accumulated where it belongs. The first contribution of a sweep overwrites instead of adding
 * to zeros, which spares a pass over the matrix.
 */
public final class DenseAdjoint extends AdjointMatrix {

    private static final DenseKernels KERNELS = DenseKernels.chosen();

    private final double[] own;
    /** A row of a source or a product of scales, at most as long as the widest source or this. */
    private final double[] scratch;
    private double[] data;
    private int offset;
    private int stride;
    private boolean written;

    /**
     * An m × c matrix with storage of its own, or none when {@code ownStorage} is false (then
     * {@link #bind} must give it rows before a sweep).
     *
     * @param scratchLength the most columns of any matrix this one takes contributions from, and at least c
     */
    public DenseAdjoint(int outputs, int columns, int scratchLength, boolean ownStorage) {
        super(outputs, columns);
        this.own = ownStorage ? new double[Math.multiplyExact(outputs, columns)] : null;
        this.scratch = new double[Math.max(columns, scratchLength)];
        this.data = own;
        this.stride = columns;
    }

    /** Puts the rows at {@code array[offset + i·stride …]}, e.g. columns of a caller's m × n Jacobian. */
    public void bind(double[] array, int rowOffset, int rowStride) {
        this.data = array;
        this.offset = rowOffset;
        this.stride = rowStride;
    }

    @Override
    public AdjointForm form() {
        return AdjointForm.DENSE;
    }

    @Override
    public void clear() {
        written = false;
    }

    /** Before a contribution to rows [from, to): a first one zeroes the other rows and overwrites these. */
    private boolean beginRows(int from, int to) {
        if (written) {
            return true;
        }
        zeroRows(0, from);
        zeroRows(to, outputs);
        written = true;
        return false;
    }

    private void zeroRows(int from, int to) {
        for (int i = from; i < to; i++) {
            Arrays.fill(data, offset + i * stride, offset + i * stride + columns, 0.0);
        }
    }

    @Override
    public long addIdentity(int row) {
        if (!written) {
            zeroRows(0, outputs);
            written = true;
        }
        for (int k = 0; k < columns; k++) {
            data[offset + (row + k) * stride + k] += 1.0;
        }
        return columns;
    }

    @Override
    public long addScaledColumns(AdjointMatrix source, double[] scales, int from) {
        if (source instanceof DiagonalAdjoint d) {
            if (!written) {
                zeroRows(0, outputs);
                written = true;
            }
            for (int k = 0; k < columns; k++) {
                data[offset + (d.row() + k) * stride + k] += d.entry(k) * scales[from + k];
            }
            return 2L * columns;
        }
        if (source instanceof ScaledAdjoint s) {
            long flops = 0;
            for (int t = 0; t < s.terms(); t++) {
                double[] sourceScales = s.columnScales(t);
                for (int j = 0; j < columns; j++) {
                    scratch[j] = sourceScales[j] * scales[from + j];
                }
                int rows = s.productRows(t);
                boolean add = beginRows(s.row(t), s.row(t) + rows);
                for (int k = 0; k < rows; k++) {
                    scaledRow(s.rowScale(t, k), s.w(t), s.wOffset(t) + k * columns, offset + (s.row(t) + k) * stride,
                            add);
                }
                flops += columns + 3L * rows * columns;
            }
            return flops;
        }
        DenseAdjoint d = (DenseAdjoint) source;
        boolean add = beginRows(0, outputs);
        for (int i = 0; i < outputs; i++) {
            int t = offset + i * stride;
            int u = d.offset + i * d.stride;
            if (add) {
                for (int j = 0; j < columns; j++) {
                    data[t + j] += d.data[u + j] * scales[from + j];
                }
            } else {
                for (int j = 0; j < columns; j++) {
                    data[t + j] = d.data[u + j] * scales[from + j];
                }
            }
        }
        return 2L * outputs * columns;
    }

    /** data[t + j] (+)= r·w[u + j]·scratch[j] for every column j. */
    private void scaledRow(double r, double[] w, int u, int t, boolean add) {
        if (add) {
            for (int j = 0; j < columns; j++) {
                data[t + j] += r * w[u + j] * scratch[j];
            }
        } else {
            for (int j = 0; j < columns; j++) {
                data[t + j] = r * w[u + j] * scratch[j];
            }
        }
    }

    @Override
    public long addProduct(AdjointMatrix source, double[] w, int wOffset) {
        int inner = source.columns();
        if (source instanceof DiagonalAdjoint d) {
            boolean add = beginRows(d.row(), d.row() + inner);
            for (int k = 0; k < inner; k++) {
                double r = d.entry(k);
                int t = offset + (d.row() + k) * stride;
                int u = wOffset + k * columns;
                if (add) {
                    for (int j = 0; j < columns; j++) {
                        data[t + j] += r * w[u + j];
                    }
                } else {
                    for (int j = 0; j < columns; j++) {
                        data[t + j] = r * w[u + j];
                    }
                }
            }
            return 2L * inner * columns;
        }
        if (source instanceof ScaledAdjoint s) {
            long flops = 0;
            for (int t = 0; t < s.terms(); t++) {
                int rows = s.productRows(t);
                boolean add = beginRows(s.row(t), s.row(t) + rows);
                double[] sourceScales = s.columnScales(t);
                double[] sourceMatrix = s.w(t);
                for (int k = 0; k < rows; k++) {
                    double r = s.rowScale(t, k);
                    int u = s.wOffset(t) + k * inner;
                    for (int j = 0; j < inner; j++) {
                        scratch[j] = r * sourceMatrix[u + j] * sourceScales[j];
                    }
                    KERNELS.matMul(scratch, 0, w, wOffset, data, offset + (s.row(t) + k) * stride, 1, inner, columns,
                            add);
                }
                flops += (long) rows * (2L * inner + 2L * inner * columns);
            }
            return flops;
        }
        DenseAdjoint d = (DenseAdjoint) source;
        boolean add = beginRows(0, outputs);
        if (stride == columns && d.stride == inner) {
            KERNELS.matMul(d.data, d.offset, w, wOffset, data, offset, outputs, inner, columns, add);
        } else {
            for (int i = 0; i < outputs; i++) {
                KERNELS.matMul(d.data, d.offset + i * d.stride, w, wOffset, data, offset + i * stride, 1, inner,
                        columns, add);
            }
        }
        return 2L * outputs * inner * columns;
    }

    @Override
    public void writeInto(double[] matrix, int width, int column) {
        if (matrix == data && offset == column && stride == width) {
            if (!written) {
                zeroRows(0, outputs);
            }
            return;
        }
        for (int i = 0; i < outputs; i++) {
            int t = i * width + column;
            if (written) {
                System.arraycopy(data, offset + i * stride, matrix, t, columns);
            } else {
                Arrays.fill(matrix, t, t + columns, 0.0);
            }
        }
    }
}
