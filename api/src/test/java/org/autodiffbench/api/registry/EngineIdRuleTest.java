package org.autodiffbench.api.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Engine ids are written into tables, progress lines, cell ids (where {@code |} separates the
 * parts) and HTML reports, so the registry admits only letters, digits, '.', '_' and '-'. A
 * provider with another id is a failure that quotes the id with its control characters escaped;
 * the other providers still load.
 */
class EngineIdRuleTest {

    private static final String PROVIDER = NamedTestEngine.class.getName();
    private static final String RULE = " is not allowed: use letters, digits, '.', '_' or '-'";

    @Test
    void idsWithMarkupSeparatorsOrNewlinesAreFailuresAndTheGoodEngineLoads() {
        EngineRegistry registry = EngineRegistry.of(List.of(
                new NamedTestEngine("<img src=x onerror=alert(1)>"),
                new NamedTestEngine("a|b\"c\nd"),
                new NamedTestEngine("tab\there"),
                new NamedTestEngine("rev.erse_2-b"),
                new GoodTestEngine()));

        assertThat(registry.ids()).containsExactly("rev.erse_2-b", "test-good");
        assertThat(registry.failures()).containsExactly(
                new ProviderFailure(PROVIDER, "engine id \"<img src=x onerror=alert(1)>\" from " + PROVIDER + RULE),
                new ProviderFailure(PROVIDER, "engine id \"a|b\\\"c\\nd\" from " + PROVIDER + RULE),
                new ProviderFailure(PROVIDER, "engine id \"tab\\there\" from " + PROVIDER + RULE));
        assertThat(registry.failures()).allSatisfy(f -> assertThat(f.toString()).doesNotContain("\n", "\t"));
    }

    @Test
    void anEmptyANullAndTheReservedIdAllAreFailures() {
        EngineRegistry registry = EngineRegistry.of(List.of(new NamedTestEngine(""), new NamedTestEngine(null),
                new NamedTestEngine("all"), new GoodTestEngine()));

        assertThat(registry.ids()).containsExactly("test-good");
        assertThat(registry.failures()).extracting(ProviderFailure::reason).containsExactly(
                "engine id \"\" from " + PROVIDER + RULE,
                "engine id null from " + PROVIDER + RULE,
                "engine id \"all\" from " + PROVIDER + " is not allowed: 'all' stands for every engine; choose another id");
    }
}
