package org.autodiffbench.harness.campaign;

import java.util.List;

/**
 * A campaign file that cannot run, with every problem found in it: one line each, each saying
 * what to change. The message is the problems joined by newlines.
 */
public class CampaignException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /** @param problems at least one problem, one line each */
    public CampaignException(List<String> problems) {
        super(String.join("\n", requireSome(problems)));
        this.problems = List.copyOf(problems);
    }

    /** The problems in the order they were found, one line each. */
    public List<String> problems() {
        return problems;
    }

    private static List<String> requireSome(List<String> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a campaign exception needs at least one problem");
        }
        return problems;
    }
}
