package org.autodiffbench.harness.campaign;

import java.util.ArrayList;
import java.util.List;
import org.autodiffbench.api.Operator;

/** The operators a campaign can measure, read from their names: {@code gradient} and {@code jacobian}. */
final class CampaignOperators {

    static final List<Operator> MEASURABLE = List.of(Operator.GRADIENT, Operator.JACOBIAN);

    private CampaignOperators() {
    }

    /** The operators named in {@code names}, in order; a bad or repeated name becomes a problem. */
    static List<Operator> parse(List<String> names, String where, List<String> problems) {
        List<Operator> operators = new ArrayList<>();
        for (String name : names) {
            Operator operator = MEASURABLE.stream().filter(o -> o.label().equals(name)).findFirst().orElse(null);
            if (operator == null) {
                String what = isOperator(name) ? "operator '" + name + "' cannot be measured by a campaign"
                        : "unknown operator '" + name + "'";
                problems.add(where + ": " + what + "; use gradient or jacobian");
            } else if (operators.contains(operator)) {
                problems.add(where + ": operator " + name + " is listed twice; list it once");
            } else {
                operators.add(operator);
            }
        }
        return operators;
    }

    private static boolean isOperator(String name) {
        for (Operator operator : Operator.values()) {
            if (operator.label().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
