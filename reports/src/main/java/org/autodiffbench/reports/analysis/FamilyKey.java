package org.autodiffbench.reports.analysis;

import java.util.Locale;
import org.autodiffbench.reports.results.CellResult;

/**
 * What one set of charts is about: a model family with its options, for one operator. Cells of
 * {@code mlp-depth} with {@code width=64} and with {@code width=256} are different families here.
 *
 * @param modelOptions the model options as {@code k=v,…}, empty when there are none
 */
public record FamilyKey(String model, String modelOptions, String operator) {

    public FamilyKey {
        model = model == null ? "?" : model;
        modelOptions = modelOptions == null ? "" : modelOptions;
        operator = operator == null ? "?" : operator;
    }

    /** The family a cell belongs to. */
    public static FamilyKey of(CellResult cell) {
        return new FamilyKey(cell.model(), cell.modelOptions(), cell.operator());
    }

    /** A label for people, e.g. {@code mlp-depth [width=64]} or {@code jacobian [outputs=16] (jacobian)}. */
    public String label() {
        return model + (modelOptions.isEmpty() ? "" : " [" + modelOptions + "]")
                + ("gradient".equals(operator) ? "" : " (" + operator + ")");
    }

    /** The label reduced to letters, digits, dots and hyphens, for file names. */
    public String slug() {
        String raw = model + (modelOptions.isEmpty() ? "" : "-" + modelOptions)
                + ("gradient".equals(operator) ? "" : "-" + operator);
        String slug = raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "family" : slug;
    }
}
