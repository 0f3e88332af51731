package org.autodiffbench.api.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.autodiffbench.api.ApiVersion;
import org.autodiffbench.api.DiffEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Discovery of the test providers listed in
 * {@code src/test/resources/META-INF/services/org.autodiffbench.api.DiffEngine}: one good engine,
 * one whose constructor throws, one missing class, one built for another API version and one
 * duplicate id.
 */
class EngineRegistryTest {

    private static EngineRegistry registry;

    @BeforeAll
    static void discover() {
        registry = EngineRegistry.discover(EngineRegistryTest.class.getClassLoader());
    }

    private static ProviderFailure failureOf(Class<?> provider) {
        return failureOf(provider.getName());
    }

    private static ProviderFailure failureOf(String provider) {
        return RegistryFailures.failureOf(registry, provider);
    }

    @Test
    void theGoodEngineIsAvailableDespiteTheFailuresListedBeforeIt() {
        assertThat(registry.ids()).containsExactly("test-good");
        assertThat(registry.available()).hasSize(1);
        assertThat(registry.require("test-good")).isInstanceOf(GoodTestEngine.class);
        assertThat(registry.find("test-good")).isPresent();
    }

    @Test
    void everyBrokenProviderIsReportedOnce() {
        assertThat(registry.failures()).extracting(ProviderFailure::provider).containsExactlyInAnyOrder(
                ThrowingTestEngine.class.getName(),
                "org.autodiffbench.api.registry.MissingTestEngine",
                OtherApiVersionTestEngine.class.getName());
    }

    @Test
    void aThrowingConstructorIsReportedWithItsMessage() {
        ProviderFailure failure = failureOf(ThrowingTestEngine.class);
        assertThat(failure.reason())
                .contains("could not be instantiated")
                .contains("IllegalStateException: " + ThrowingTestEngine.MESSAGE)
                .doesNotContain("\n");
        assertThat(failure.toString()).startsWith(ThrowingTestEngine.class.getName() + ": ");
    }

    @Test
    void aMissingClassIsReported() {
        assertThat(failureOf("org.autodiffbench.api.registry.MissingTestEngine").reason()).contains("not found");
    }

    @Test
    void anEngineBuiltForAnotherApiVersionIsRefusedWithWhatToDo() {
        ProviderFailure failure = failureOf(OtherApiVersionTestEngine.class);
        assertThat(failure.reason()).isEqualTo("engine 'test-other-version' was built for API version "
                + (ApiVersion.CURRENT + 1) + " but this harness speaks version " + ApiVersion.CURRENT
                + "; rebuild it against api " + ApiVersion.CURRENT);
        assertThat(registry.find("test-other-version")).isEmpty();
    }

    @Test
    void askingForAFailedProviderByItsIdOrClassSaysWhyItFailed() {
        ProviderFailure versionFailure = failureOf(OtherApiVersionTestEngine.class);
        for (String name : List.of("test-other-version", OtherApiVersionTestEngine.class.getName(),
                OtherApiVersionTestEngine.class.getSimpleName())) {
            assertThatThrownBy(() -> registry.require(name)).as(name)
                    .isInstanceOf(FailedEngineException.class)
                    // what campaign reading catches to list the engine among the file's problems
                    .isInstanceOf(UnknownEngineException.class)
                    .hasMessage("engine '" + name + "' failed to load: " + versionFailure);
        }
        assertThatThrownBy(() -> registry.require(ThrowingTestEngine.class.getSimpleName()))
                .hasMessage("engine '" + ThrowingTestEngine.class.getSimpleName() + "' failed to load: "
                        + failureOf(ThrowingTestEngine.class));
    }

    @Test
    void aDuplicateIdIsAWarningNamingBothClassesAndTheFirstIsKept() {
        assertThat(registry.warnings()).containsExactly("engine id 'test-good' is provided by both "
                + GoodTestEngine.class.getName() + " and " + DuplicateIdTestEngine.class.getName()
                + "; using the first");
        assertThat(registry.require("test-good")).isNotInstanceOf(DuplicateIdTestEngine.class);
    }

    @Test
    void anUnknownIdListsTheAvailableEngines() {
        assertThatThrownBy(() -> registry.require("nope"))
                .isInstanceOf(UnknownEngineException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown engine 'nope'; available engines: test-good"
                        + " (run 'autodiffbench engines' for details)");
        assertThat(registry.find("nope")).isEmpty();
    }

    @Test
    void theContextClassLoaderSeesTheSameProviders() {
        assertThat(EngineRegistry.discover().ids()).containsExactly("test-good");
    }

    @Test
    void enginesAtHandGetTheSameChecks() {
        DiffEngine brokenId = new TrivialTestEngine() {
            @Override
            public String id() {
                throw new IllegalStateException("no id today");
            }
        };
        EngineRegistry r = EngineRegistry.of(List.of(new GoodTestEngine(), new OtherApiVersionTestEngine(),
                brokenId, new DuplicateIdTestEngine()));

        assertThat(r.ids()).containsExactly("test-good");
        assertThat(r.require("test-good")).isInstanceOf(GoodTestEngine.class);
        assertThat(r.warnings()).singleElement().asString().contains(DuplicateIdTestEngine.class.getName());
        assertThat(r.failures()).hasSize(2);
        assertThat(r.failures().get(0).provider()).isEqualTo(OtherApiVersionTestEngine.class.getName());
        assertThat(r.failures().get(1).provider()).isEqualTo(brokenId.getClass().getName());
        assertThat(r.failures().get(1).reason())
                .isEqualTo("id() or apiVersion() failed: IllegalStateException: no id today");
    }

    @Test
    void anEmptyRegistrySaysSoWhenAnIdIsRequired() {
        EngineRegistry empty = EngineRegistry.of(List.of());
        assertThat(empty.available()).isEmpty();
        assertThatThrownBy(() -> empty.require("reverse")).hasMessageStartingWith("unknown engine 'reverse'; ");
    }
}
