package org.autodiffbench.harness.gradbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.models.gradbench.GmmData;
import org.autodiffbench.models.gradbench.GmmFamily;

/**
 * One {@code gmm} evaluation: {@code objective} is the engine's value of the log posterior, a
 * Float; {@code jacobian} its gradient, an object with the README's Independent fields alpha (K),
 * mu (K×D), q (K×D) and l (K × D(D−1)/2).
 */
final class GmmTask implements GradBenchTask {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final boolean gradient;
    private final GmmData data;
    private final double[] point;
    private final String key;
    private final double[] value = new double[1];
    private final double[] derivative;
    private boolean ran;

    GmmTask(String function, GmmInput input) {
        this.gradient = function.equals(GmmModule.JACOBIAN);
        this.data = input.data();
        this.point = input.point();
        this.derivative = new double[gradient ? point.length : 0];
        this.key = "gmm." + function + " d=" + data.d() + " k=" + data.k() + " n=" + data.n() + " m=" + data.m()
                + " gamma=" + data.gamma() + " x=" + digest(data.x());
    }

    /** SHA-256 of the data points, so that two inputs share a graph only when their x are equal. */
    private static String digest(double[] x) {
        ByteBuffer bytes = ByteBuffer.allocate(8 * x.length);
        for (double v : x) {
            bytes.putDouble(v);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.array()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must offer SHA-256", e);
        }
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public Graph graph() {
        return GmmFamily.graph(data);
    }

    @Override
    public Set<Operator> operators() {
        return Set.of(gradient ? Operator.GRADIENT : Operator.VALUE);
    }

    @Override
    public void run(PreparedDiff prepared) {
        if (gradient) {
            value[0] = prepared.gradient(point, derivative);
        } else {
            prepared.value(point, value);
        }
        ran = true;
    }

    @Override
    public JsonNode output() {
        if (!ran) {
            throw new IllegalStateException("gmm task '" + key + "' has no output before its first run");
        }
        if (!gradient) {
            return JSON.numberNode(value[0]);
        }
        ObjectNode independent = JSON.objectNode();
        ArrayNode alpha = independent.putArray("alpha");
        for (int c = 0; c < data.k(); c++) {
            alpha.add(derivative[c]);
        }
        independent.set("mu", rows(data.muOffset(), data.d()));
        independent.set("q", rows(data.qOffset(), data.d()));
        independent.set("l", rows(data.lOffset(), data.lowerEntries()));
        return independent;
    }

    /** K rows of {@code columns} entries of the gradient from {@code offset}, as a Float[][]. */
    private ArrayNode rows(int offset, int columns) {
        ArrayNode rows = JSON.arrayNode(data.k());
        for (int c = 0; c < data.k(); c++) {
            ArrayNode row = rows.addArray();
            for (int j = 0; j < columns; j++) {
                row.add(derivative[offset + c * columns + j]);
            }
        }
        return rows;
    }
}
