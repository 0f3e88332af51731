package org.autodiffbench.harness.timing;

import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.results.Problem;

/**
 * A cell's model as built, with its dimensions as results record them (the size's meaning
 * included, as its family names it at the model's options).
 */
public record CellModel(ModelInstance instance, Problem problem) {
}
