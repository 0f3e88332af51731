package org.autodiffbench.models.gradbench;

/**
 * One input of GradBench's {@code lstm} eval, its matrices flattened row by row.
 *
 * <p>With l layers, b bits per character and c characters: {@code mainParams} is 2l × 4b (row 2j
 * holds layer j's weights for the forget, input, output and change gates, b each; row 2j + 1 their
 * biases), {@code extraParams} is 3 × b (input weight, output weight, output bias), {@code state}
 * is 2l × b (row 2j layer j's hidden state, row 2j + 1 its cell state) and {@code sequence} is
 * c × b, one character's bits a row. The differentiable point is mainParams then extraParams.
 */
public record LstmInput(int layers, int bits, int characters, double[] mainParams, double[] extraParams,
                        double[] state, double[] sequence) {

    /**
     * @throws IllegalArgumentException naming the field whose length does not match l, b and c, or
     *                                  when there are fewer than two characters (nothing to predict)
     */
    public LstmInput {
        if (layers < 1 || bits < 1) {
            throw new IllegalArgumentException("an lstm input needs at least one layer and one bit per character, has "
                    + layers + " layers and " + bits + " bits");
        }
        if (characters < 2) {
            throw new IllegalArgumentException("sequence has " + characters
                    + " characters; the lstm objective predicts each next character, so it needs at least two");
        }
        requireLength("main_params", mainParams, 8L * layers * bits);
        requireLength("extra_params", extraParams, 3L * bits);
        requireLength("state", state, 2L * layers * bits);
        requireLength("sequence", sequence, (long) characters * bits);
        mainParams = mainParams.clone();
        extraParams = extraParams.clone();
        state = state.clone();
        sequence = sequence.clone();
    }

    private static void requireLength(String field, double[] values, long length) {
        if (values.length != length) {
            throw new IllegalArgumentException(field + " has " + values.length + " values; " + length
                    + " are needed for the input's layers, bits and characters");
        }
    }

    /** n = 8lb + 3b, the length of the point. */
    public int parameterCount() {
        return mainParams.length + extraParams.length;
    }

    /** The differentiable point: mainParams, then extraParams, each row by row. */
    public double[] point() {
        double[] point = new double[parameterCount()];
        System.arraycopy(mainParams, 0, point, 0, mainParams.length);
        System.arraycopy(extraParams, 0, point, mainParams.length, extraParams.length);
        return point;
    }

    @Override
    public double[] mainParams() {
        return mainParams.clone();
    }

    @Override
    public double[] extraParams() {
        return extraParams.clone();
    }

    @Override
    public double[] state() {
        return state.clone();
    }

    @Override
    public double[] sequence() {
        return sequence.clone();
    }
}
