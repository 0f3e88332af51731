package org.autodiffbench.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.autodiffbench.models.ModelFamilies;
import org.junit.jupiter.api.Test;

/** The benchmark's model parameters against the models module: what each state promises of its models. */
class CompiledEnginesBenchmarkTest {

    private static final PlannedModels PLANNED = PlannedModels.of(parameter -> null);

    private static List<String> families(List<String> models) {
        return models.stream().map(m -> ModelParam.parse(m).family()).toList();
    }

    @Test
    void theJvpTargetCoversEveryBuiltInFamilyOnce() {
        assertThat(families(PLANNED.jvp())).containsExactlyInAnyOrderElementsOf(ModelFamilies.ids());
    }

    @Test
    void everyJvpModelIsInRangeOfItsFamily() {
        for (String model : PLANNED.jvp()) {
            ModelParam param = ModelParam.parse(model);
            assertThat(ModelFamilies.require(param.family()).sizes().contains(param.size())).as(model).isTrue();
        }
    }

    @Test
    void everyHandModelHasAHandDerivativeAndIsAlsoMeasuredByTheReverseEngine() {
        for (String model : PLANNED.hand()) {
            assertThat(ModelParam.parse(model).instance().handDerivative()).as(model).isPresent();
        }
        assertThat(PLANNED.reverse()).containsAll(PLANNED.hand());
    }

    @Test
    void theReverseModelsLeftOutOfTheHandModelsHaveNoHandDerivative() {
        List<String> withoutHand = PLANNED.reverse().stream().filter(m -> !PLANNED.hand().contains(m)).toList();
        assertThat(withoutHand).containsExactly("scalar-dag:256");
        assertThat(ModelParam.parse("scalar-dag:256").instance().handDerivative()).isEmpty();
    }

    @Test
    void theMlpModelsAreTheBriefsWidthsAndAreMeasuredByBothReverseEngines() {
        assertThat(PLANNED.mlp()).containsExactly("mlp-width:16", "mlp-width:64", "mlp-width:256", "mlp-width:1024");
        assertThat(PLANNED.reverse()).containsAll(PLANNED.mlp());
        assertThat(PLANNED.hand()).containsAll(PLANNED.mlp());
    }

    @Test
    void everyModelThatCannotBeBuiltIsNamedBeforeAnyRun() {
        assertThatThrownBy(() -> PlannedModels.of(p -> switch (p) {
            case "jvpModel" -> List.of("scalar-example:2", "ode-chain:5");
            case "handModel" -> List.of("mlp-width:many");
            default -> null;
        })).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("model parameter 'mlp-width:many' has size 'many', not a whole number; it must be "
                        + "family:size or family:size:option=value,…, e.g. ode-chain:1000; "
                        + "size 5 is out of range for model 'ode-chain': time steps T must be between 10 and 100000");
    }

    @Test
    void anEngineTheRegistryCannotGiveIsRefusedWithTheParameterThatMeasuresAnother() {
        assertThatThrownBy(() -> CompiledEnginesBenchmark.requireEngines(p -> switch (p) {
            case "reverseEngine" -> List.of("reverse");
            case "forwardEngine" -> List.of("forward");
            default -> List.of("no-such-engine");
        })).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown engine 'no-such-engine'; available engines: ")
                .hasMessageEndingWith("; put its jar on the class path, or measure another engine under the "
                        + "parameter's name, e.g. -p reverseEngine=reverse -p forwardEngine=forward");
    }

    @Test
    void theInterpretersAreAcceptedUnderTheCompiledEnginesNames() {
        CompiledEnginesBenchmark.requireEngines(p -> switch (p) {
            case "reverseEngine", "interpretedEngine" -> List.of("reverse");
            case "forwardEngine" -> List.of("forward");
            default -> null;
        });
    }

    @Test
    void aJmhParameterOverrideReplacesThePlannedModels() {
        PlannedModels overridden = PlannedModels.of(p -> p.equals("jvpModel") ? List.of("scalar-example:2") : null);
        assertThat(overridden.jvp()).containsExactly("scalar-example:2");
        assertThat(overridden.withHandPrimal()).containsExactly("scalar-example:2");
        assertThat(overridden.mlp()).isEqualTo(PLANNED.mlp());
    }

    @Test
    void everyHandJvpModelIsAJvpModelWhoseHandDerivativeWritesAJvp() {
        assertThat(PLANNED.jvp()).containsAll(PLANNED.handJvp());
        assertThat(PLANNED.handJvp()).isNotEmpty();
        assertThatThrownBy(() -> PlannedModels.of(p -> switch (p) {
            case "jvpModel" -> List.of("scalar-dag:256", "gb-lse:1000");
            case "handJvpModel" -> List.of("scalar-dag:256", "gb-lse:1000", "gb-hello:1");
            default -> null;
        })).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("model 'scalar-dag:256' has no hand-written JVP; measure it as a jvpModel only; "
                        + "model 'gb-lse:1000' has no hand-written JVP; measure it as a jvpModel only; "
                        + "hand JVP model 'gb-hello:1' is not a jvpModel; its JVP is read against the engine's on "
                        + "the same model, so add it to -p jvpModel");
    }
}
