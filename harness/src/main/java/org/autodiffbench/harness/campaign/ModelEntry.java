package org.autodiffbench.harness.campaign;

import java.util.List;
import java.util.Map;
import org.autodiffbench.api.Operator;
import org.autodiffbench.models.ModelFamily;

/**
 * One entry of a campaign's {@code models}: a family, its sizes in ascending order, its options
 * and the operators measured on it.
 */
record ModelEntry(String label, ModelFamily family, List<Integer> sizes, Map<String, String> options,
                  List<Operator> operators) {

    ModelEntry {
        sizes = List.copyOf(sizes);
        options = Map.copyOf(options);
        operators = List.copyOf(operators);
    }
}
