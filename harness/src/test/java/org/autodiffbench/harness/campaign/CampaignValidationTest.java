package org.autodiffbench.harness.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.autodiffbench.api.registry.EngineRegistry;
import org.autodiffbench.models.ModelFamilies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each validation problem, found before anything runs, one line each, saying what to do. */
class CampaignValidationTest {

    @TempDir
    Path folder;

    private List<String> problems(String json) {
        return CampaignFiles.problems(folder, json, new GradientOnlyTestEngine());
    }

    /** A valid campaign around one engine entry and one model entry. */
    private List<String> problems(String engine, String model) {
        return problems("{\"name\": \"t\", \"engines\": [" + engine + "], \"models\": [" + model + "]}");
    }

    @Test
    void anUnknownEngineListsTheAvailableOnes() {
        List<String> problems = problems("{\"id\": \"revers\"}", "{\"family\": \"mlp-width\", \"sizes\": [4]}");

        assertThat(problems).singleElement().asString()
                .startsWith("engine 1 (revers): unknown engine 'revers'; available engines: ")
                .contains("forward", "reverse", "checkpointed", GradientOnlyTestEngine.ID);
    }

    @Test
    void everyUnknownEngineOptionIsAProblemNamingTheOptionsItTakes() {
        assertThat(problems("{\"id\": \"forward\", \"options\": [{\"lanes\": 2}, {\"lane\": 2, \"width\": 3}]}",
                "{\"family\": \"mlp-width\", \"sizes\": [4]}")).containsExactly(
                "engine 1 (forward): option set 2: engine 'forward' has no option 'lane'; it takes lanes",
                "engine 1 (forward): option set 2: engine 'forward' has no option 'width'; it takes lanes");
    }

    @Test
    void anOptionValueMustBeAStringOrAWholeNumber() {
        assertThat(problems("{\"id\": \"forward\", \"options\": {\"lanes\": 2.5}}",
                "{\"family\": \"mlp-width\", \"sizes\": [4]}")).containsExactly(
                "engine 1 (forward), options: option 'lanes' is 2.5; give a string or a whole number, e.g. \"8\" or \"sqrt\"");
    }

    @Test
    void anEngineGivenAsAPlainStringIsShownAsAnEntry() {
        assertThat(problems("\"reverse\"", "{\"family\": \"mlp-width\", \"sizes\": [4]}")).containsExactly(
                "engine 1 is \"reverse\"; write an engine entry as an object, e.g. {\"id\": \"reverse\"}");
    }

    @Test
    void anUnknownFamilyListsTheKnownOnes() {
        assertThat(problems("{\"id\": \"reverse\"}", "{\"family\": \"mlp-wide\", \"sizes\": [4]}")).containsExactly(
                "model 1 (mlp-wide): unknown model family 'mlp-wide'; known families: "
                        + String.join(", ", ModelFamilies.ids()));
    }

    @Test
    void sizesOutOfRangeAreOneProblemNamingTheRange() {
        assertThat(problems("{\"id\": \"reverse\"}", "{\"family\": \"mlp-width\", \"sizes\": [4, 8192, 16384]}"))
                .containsExactly("model 1 (mlp-width): size 8192 is out of range for model 'mlp-width': hidden width w"
                        + " must be between 1 and 4096 (so must 1 more of this entry's sizes)");
    }

    @Test
    void aBadSizeSpecSaysWhatToGive() {
        assertThat(problems("{\"id\": \"reverse\"}", "{\"family\": \"mlp-width\", \"sizes\": \"big\"}")).containsExactly(
                "model 1 (mlp-width): sizes is \"big\"; give " + SizeSpec.EXAMPLES);
        assertThat(problems("{\"id\": \"reverse\"}", "{\"family\": \"mlp-width\"}")).containsExactly(
                "model 1 (mlp-width): missing field 'sizes'; add it, e.g. \"sizes\": " + SizeSpec.EXAMPLES);
    }

    @Test
    void anUnknownOperatorIsAProblemAndSoIsOneACampaignCannotMeasure() {
        assertThat(problems("{\"id\": \"reverse\"}",
                "{\"family\": \"mlp-width\", \"sizes\": [4], \"operators\": [\"hessian\", \"jvp\", \"gradient\", \"gradient\"]}"))
                .containsExactly(
                        "model 1 (mlp-width): unknown operator 'hessian'; use gradient or jacobian",
                        "model 1 (mlp-width): operator 'jvp' cannot be measured by a campaign; use gradient or jacobian",
                        "model 1 (mlp-width): operator gradient is listed twice; list it once");
    }

    @Test
    void theGradientOfAVectorValuedFamilyIsAProblem() {
        assertThat(problems("""
                {"name": "t", "engines": [{"id": "reverse"}], "operators": ["gradient"],
                 "models": [{"family": "mlp-width", "sizes": [4]}, {"family": "jacobian", "sizes": [4], "options": {"outputs": 5}}]}
                """)).containsExactly("model 2 (jacobian): operator gradient needs a scalar output but this model has 5"
                + " outputs; give this entry \"operators\": [\"jacobian\"]");
    }

    @Test
    void aNamedEngineMustOfferTheOperatorsAskedOfIt() {
        assertThat(problems("{\"id\": \"gradient-only\"}", "{\"family\": \"jacobian\", \"sizes\": [4]}")).containsExactly(
                "engine 1 (gradient-only) does not offer operator jacobian, which model 1 (jacobian) asks for;"
                        + " keep the engine off that family with \"families\"");
    }

    @Test
    void timingBoundsAreChecked() {
        assertThat(problems("""
                {"name": "t", "engines": [{"id": "reverse"}], "models": [{"family": "mlp-width", "sizes": [4]}],
                 "timing": {"forks": 0, "warmupIterations": -1, "warmupMillis": 0, "measurementIterations": 3, "measurementMillis": 1.5},
                 "quick": {"measurementIterations": 2}}
                """)).containsExactly(
                "timing: forks is 0; give a whole number of at least 1 (JMH times in forked JVMs)",
                "timing: warmupIterations is -1; give a whole number of at least 0",
                "timing: warmupMillis is 0; give a whole number of at least 1",
                "timing: measurementMillis is 1.5; give a whole number of at least 1",
                "quick: measurementIterations is 2; give a whole number of at least 3"
                        + " (fewer iterations give no usable interval or spread)");
    }

    @Test
    void budgetAndToleranceMustBePositive() {
        assertThat(problems("""
                {"name": "t", "engines": [{"id": "reverse"}], "models": [{"family": "mlp-width", "sizes": [4]}],
                 "budget": {"cellSeconds": 0}, "agreement": {"tolerance": -1e-9, "finiteDifferenceDirections": 0}}
                """)).containsExactly(
                "budget: cellSeconds is 0; give a number greater than 0",
                "agreement: tolerance is -1.0E-9; give a number greater than 0",
                "agreement: finiteDifferenceDirections is 0; give a whole number from 1 to 1000");
    }

    @Test
    void unknownFieldsAreProblemsThatListTheKnownOnes() {
        assertThat(problems("""
                {"name": "t", "engines": [{"id": "reverse", "option": {}}], "models": [{"family": "mlp-width", "size": [4]}],
                 "timings": {}}
                """)).containsExactly(
                "campaign: unknown field 'timings'; the fields here are name, description, seed, pluginPath, engines, models,"
                        + " operators, timing, quick, budget, agreement",
                "engine 1 (reverse): unknown field 'option'; the fields here are id, options, families",
                "model 1 (mlp-width): unknown field 'size'; the fields here are family, sizes, options, operators",
                "model 1 (mlp-width): missing field 'sizes'; add it, e.g. \"sizes\": " + SizeSpec.EXAMPLES);
    }

    @Test
    void nameEnginesAndModelsAreRequired() {
        assertThat(problems("{}")).containsExactly(
                "campaign: missing field 'name'; add it, e.g. \"name\": \"my-campaign\"",
                "campaign: missing field 'engines'; add it, e.g. \"engines\": \"all\"",
                "campaign: missing field 'models'; add it, e.g. \"models\": [{\"family\": \"mlp-width\", \"sizes\": [8, 16]}]");
    }

    @Test
    void theNameMustSuitADirectoryAndTheSeedMustBeAWholeNumber() {
        assertThat(problems("""
                {"name": "my campaign/1", "seed": -1, "engines": [{"id": "reverse"}], "models": [{"family": "mlp-width", "sizes": [4]}]}
                """)).containsExactly(
                "campaign: name \"my campaign/1\" names the results directory, so it may hold only letters, digits,"
                        + " '.', '_' and '-'; rename it",
                "campaign: seed is -1; give a whole number of at least 0");
    }

    @Test
    void enginesAndModelsMustBeGivenInTheirForms() {
        assertThat(problems("{\"name\": \"t\", \"engines\": \"some\", \"models\": {}}")).containsExactly(
                "engines is \"some\"; give \"all\" or [{\"id\": \"reverse\"}, {\"id\": \"forward\", \"options\": {\"lanes\": 8}}]",
                "models is an empty object; give a list such as [{\"family\": \"mlp-width\", \"sizes\": [8, 16, 32]}]");
    }

    @Test
    void familyOptionsAreCheckedForNamesAndValues() {
        assertThat(problems("{\"id\": \"reverse\"}", "{\"family\": \"mlp-depth\", \"sizes\": [4], \"options\": {\"width\": \"wide\"}}"))
                .containsExactly("model 1 (mlp-depth): option 'width' of model 'mlp-depth' must be an integer between 1"
                        + " and 4096, was 'wide'");
        assertThat(problems("{\"id\": \"reverse\"}", "{\"family\": \"mlp-width\", \"sizes\": [4], \"options\": {\"width\": 4}}"))
                .containsExactly("model 1 (mlp-width): unknown option 'width' for model 'mlp-width'; it accepts no options");
    }

    @Test
    void engineRestrictionsMustNameFamiliesTheCampaignMeasures() {
        assertThat(problems("{\"id\": \"checkpointed\", \"families\": [\"ode\"]}", "{\"family\": \"ode-chain\", \"sizes\": [10]}"))
                .containsExactly("engine 1 (checkpointed): families: unknown model family 'ode'; known families: "
                        + String.join(", ", ModelFamilies.ids()));
        assertThat(problems("""
                {"name": "t", "engines": [{"id": "reverse"}, {"id": "checkpointed", "families": ["ode-chain"]}],
                 "models": [{"family": "mlp-width", "sizes": [4]}]}
                """)).containsExactly("engine 2 (checkpointed): families names 'ode-chain' but no model entry measures it;"
                + " remove it or add a model entry for it");
    }

    @Test
    void everyModelNeedsAnEngine() {
        assertThat(problems("""
                {"name": "t", "engines": [{"id": "checkpointed", "families": ["ode-chain"]}],
                 "models": [{"family": "ode-chain", "sizes": [10]}, {"family": "mlp-width", "sizes": [4]}]}
                """)).containsExactly("model 2 (mlp-width): no engine entry runs on mlp-width; add this family to an"
                + " engine's \"families\" or add an engine without \"families\"");
    }

    @Test
    void aCellAskedForTwiceIsAProblem() {
        assertThat(problems("""
                {"name": "t", "engines": [{"id": "reverse"}, {"id": "forward", "options": [{"lanes": 2}, {"lanes": "2"}]},
                                          {"id": "reverse"}],
                 "models": [{"family": "mlp-width", "sizes": [4, 8]}, {"family": "mlp-width", "sizes": {"from": 8, "to": 16, "times": 2}},
                            {"family": "jacobian", "sizes": [8], "options": {"outputs": 1}, "operators": ["jacobian"]},
                            {"family": "jacobian", "sizes": [8], "options": {"outputs": 1}, "operators": ["gradient"]}]}
                """)).containsExactly(
                "model 1 (mlp-width) and model 2 (mlp-width) both give size 8 with operator gradient; give each size once",
                "engine 1 (reverse) and engine 3 (reverse) both give the default options; give each option set once,"
                        + " or keep the entries apart with \"families\"",
                "engine 2 (forward): option sets 1 and 2 are the same (options lanes=2); give each option set once");
    }

    @Test
    void severalProblemsAreReportedTogetherOneLineEach() {
        CampaignException e = catchThrowableOfType(CampaignException.class, () -> CampaignFiles.read(folder, """
                {"name": "t", "engines": [{"id": "nope"}], "models": [{"family": "mlp-width", "sizes": [5000]}],
                 "timing": {"forks": 0}, "agreement": {"tolerance": 0}}
                """));

        assertThat(e.problems()).hasSize(4);
        assertThat(e.problems().get(0)).startsWith("engine 1 (nope): unknown engine 'nope'");
        assertThat(e.problems().get(1)).startsWith("model 1 (mlp-width): size 5000 is out of range");
        assertThat(e.problems().get(2)).startsWith("timing: forks is 0");
        assertThat(e.problems().get(3)).startsWith("agreement: tolerance is 0");
        assertThat(e.problems()).noneMatch(problem -> problem.contains("\n"));
        assertThat(e.getMessage()).isEqualTo(String.join("\n", e.problems()));
        assertThat(e).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void badJsonNamesTheLineAndColumn() {
        // the second comma on line 3 is column 13: two spaces, "seed" (6), ':', ' ', '1', ','
        Path file = CampaignFiles.write(folder, "{\n  \"name\": \"t\",\n  \"seed\": 1,,\n}");
        assertThatThrownBy(() -> CampaignReader.read(file, false, EngineRegistry.of(List.of())))
                .isInstanceOf(CampaignException.class)
                .hasMessage(file + " is not valid JSON at line 3, column 13: Unexpected character (',' (code 44)):"
                        + " was expecting double-quote to start field name; correct the file there");
    }

    @Test
    void anUnclosedListNamesWhereItOpened() {
        Path file = CampaignFiles.write(folder, "{\"models\": [1, 2}");
        assertThatThrownBy(() -> CampaignReader.read(file, false, EngineRegistry.of(List.of())))
                .hasMessage(file + " is not valid JSON at line 1, column 17: Unexpected close marker '}': expected ']'"
                        + " (for Array starting at line 1, column 12); correct the file there");
    }

    @Test
    void aRepeatedKeyOrTrailingContentIsBadJson() {
        Path repeated = CampaignFiles.write(folder, "{\"name\": \"a\",\n \"name\": \"b\"}");
        assertThatThrownBy(() -> CampaignReader.read(repeated, false, EngineRegistry.of(List.of())))
                .hasMessageStartingWith(repeated + " is not valid JSON at line 2, column ")
                .hasMessageContaining("Duplicate field 'name'");
        Path trailing = CampaignFiles.write(folder, "{\"name\": \"a\"} {}");
        assertThatThrownBy(() -> CampaignReader.read(trailing, false, EngineRegistry.of(List.of())))
                .hasMessageStartingWith(trailing + " is not valid JSON at line 1, column ");
    }

    @Test
    void aMissingEmptyOrNonObjectFileIsOneProblem() {
        Path missing = folder.resolve("nowhere.json");
        assertThatThrownBy(() -> CampaignReader.read(missing, false, EngineRegistry.of(List.of())))
                .isInstanceOf(CampaignException.class)
                .hasMessage("no campaign file at " + missing + "; give the path of a campaign such as campaigns/default.json");
        Path empty = CampaignFiles.write(folder, "  \n");
        assertThatThrownBy(() -> CampaignReader.read(empty, false, EngineRegistry.of(List.of())))
                .hasMessage(empty + " is empty; write a campaign object (see campaigns/README.md)");
        assertThat(problems("[1, 2]")).containsExactly(
                "campaign is a list; give a JSON object {…} (see campaigns/README.md)");
    }

    @Test
    void leftOutSectionsTakeTheirDefaults() {
        CampaignPlan plan = CampaignFiles.read(folder, """
                {"name": "t", "engines": [{"id": "reverse"}], "models": [{"family": "mlp-width", "sizes": [4]}]}
                """);
        CampaignPlan quick = CampaignReader.read(Path.of(plan.file()), true);

        assertThat(plan.timing()).isEqualTo(new TimingSettings(1, 2, 200, 3, 200));
        assertThat(quick.timing()).isEqualTo(new TimingSettings(1, 1, 100, 3, 100));
        assertThat(plan.seed()).isEqualTo(1);
        assertThat(plan.cellBudgetSeconds()).isEqualTo(20);
        assertThat(plan.tolerance()).isEqualTo(1e-9);
        assertThat(plan.finiteDifferenceDirections()).isEqualTo(3);
    }

    @Test
    void aPartTimingSectionTakesTheRestFromItsDefaults() {
        CampaignPlan plan = CampaignFiles.read(folder, """
                {"name": "t", "seed": 7, "engines": [{"id": "reverse"}], "models": [{"family": "mlp-width", "sizes": [4]}],
                 "timing": {"forks": 2, "measurementMillis": 50}}
                """);

        assertThat(plan.timing()).isEqualTo(new TimingSettings(2, 2, 200, 3, 50));
        assertThat(plan.seed()).isEqualTo(7);
        assertThat(plan.name()).isEqualTo("t");
        assertThat(plan.source().get("seed").asInt()).isEqualTo(7);
    }
}
