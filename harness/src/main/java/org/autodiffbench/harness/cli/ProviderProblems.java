package org.autodiffbench.harness.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import org.autodiffbench.api.registry.ProviderFailure;

/** The failed providers and the warnings of a discovery, as {@code engines} and {@code models} list them. */
final class ProviderProblems {

    private ProviderProblems() {
    }

    /** "failed providers: none", or one indented line per failure; then one line per warning. */
    static void text(List<ProviderFailure> failures, List<String> warnings, PrintWriter out) {
        if (failures.isEmpty()) {
            out.println("failed providers: none");
        } else {
            out.println("failed providers:");
            for (ProviderFailure failure : failures) {
                out.println("  " + failure.provider() + ": " + failure.reason());
            }
        }
        for (String warning : warnings) {
            out.println("warning: " + warning);
        }
    }

    /** Adds {@code failures} (provider, reason) and {@code warnings} to a JSON listing. */
    static void json(List<ProviderFailure> failures, List<String> warnings, ObjectNode root) {
        ArrayNode failed = root.putArray("failures");
        failures.forEach(f -> failed.addObject().put("provider", f.provider()).put("reason", f.reason()));
        ArrayNode warned = root.putArray("warnings");
        warnings.forEach(warned::add);
    }
}
