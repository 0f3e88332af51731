package org.autodiffbench.reports.analysis;

import java.util.Locale;
import java.util.Map;
import org.autodiffbench.api.Operator;
import org.autodiffbench.results.CellResult;
import org.autodiffbench.results.ModelSpec;
import org.autodiffbench.results.OptionMaps;

/**
 * What one set of charts is about: a model family with its options, for one operator. Cells of
 * {@code mlp-depth} with {@code width=64} and with {@code width=256} are different families here.
 *
 * @param options the family's options, in key order
 */
public record FamilyKey(String family, Map<String, String> options, Operator operator) {

    public FamilyKey {
        options = OptionMaps.copy(options);
    }

    /** The family a cell belongs to. */
    public static FamilyKey of(CellResult cell) {
        ModelSpec model = cell.spec().model();
        return new FamilyKey(model.family(), model.options(), cell.spec().operator());
    }

    /** Does the baseline or cell of this model belong to the family (any size)? */
    public boolean contains(ModelSpec model) {
        return family.equals(model.family()) && options.equals(model.options());
    }

    /** A label for people, e.g. {@code mlp-depth [width=64]} or {@code jacobian [outputs=16] (jacobian)}. */
    public String label() {
        String labelled = optionsLabel();
        return family + (labelled.isEmpty() ? "" : " [" + labelled + "]")
                + (operator == Operator.GRADIENT ? "" : " (" + operator.label() + ")");
    }

    /** The label reduced to letters, digits, dots and hyphens, for file names. */
    public String slug() {
        String labelled = optionsLabel();
        String raw = family + (labelled.isEmpty() ? "" : "-" + labelled)
                + (operator == Operator.GRADIENT ? "" : "-" + operator.label());
        String slug = raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "family" : slug;
    }

    private String optionsLabel() {
        return OptionMaps.label(options);
    }
}
