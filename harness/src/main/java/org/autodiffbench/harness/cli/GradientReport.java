package org.autodiffbench.harness.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.registry.ProviderFailure;
import org.autodiffbench.harness.check.Answer;
import org.autodiffbench.harness.check.AnswerAgreement;

/**
 * Everything {@code gradient} found: each engine's answer, the hand-written reference if any,
 * the engines skipped or failed with their reasons, and the agreement verdict.
 *
 * @param engineOptions the options given with --option to the one engine asked
 * @param skipped engine id → why it was not asked (it does not offer the operator)
 * @param failed engine id → what went wrong when it was asked
 * @param brokenProviders engine providers that could not be loaded at all
 */
record GradientReport(Subject subject, EngineOptions engineOptions, List<Answer> answers,
                      Optional<Answer> reference, Map<String, String> skipped, Map<String, String> failed,
                      List<ProviderFailure> brokenProviders, AnswerAgreement agreement) {

    /** Every answer agrees, none is NaN or infinite, and no engine failed. */
    boolean ok() {
        return agreement.ok() && failed.isEmpty();
    }

    /** True for a Jacobian (a model with several outputs), false for a gradient. */
    boolean isJacobian() {
        return !subject.task().graph().hasScalarOutput();
    }
}
