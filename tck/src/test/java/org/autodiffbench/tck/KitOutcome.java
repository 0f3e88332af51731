package org.autodiffbench.tck;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * What happened when some of a kit's tests ran against one engine or family, read through the JUnit
 * Platform launcher: the failed tests by display name, with what they threw, and the passed ones.
 */
record KitOutcome(Map<String, Throwable> failed, List<String> passed) {

    /** Runs the named test methods of a conformance class, or all of them when none is named. */
    static KitOutcome run(Class<?> kit, String... methods) {
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request();
        if (methods.length == 0) {
            request.selectors(selectClass(kit));
        }
        for (String method : methods) {
            request.selectors(selectMethod(kit, method));
        }
        Map<String, Throwable> failed = new LinkedHashMap<>();
        List<String> passed = new ArrayList<>();
        LauncherDiscoveryRequest built = request.build();
        LauncherFactory.create().execute(built, new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                if (!test.isTest()) {
                    return;
                }
                if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
                    passed.add(test.getDisplayName());
                } else {
                    failed.put(test.getDisplayName(), result.getThrowable().orElse(null));
                }
            }
        });
        return new KitOutcome(failed, passed);
    }
}
