package org.autodiffbench.results;

/**
 * Where a campaign ran: enough to judge whether two runs can be compared.
 *
 * @param gitCommit the commit of the working tree the harness ran from, or null outside git
 * @param startedAt ISO-8601 instant the run started; {@code finishedAt} is null until it ends
 */
public record Environment(String jvmName, String jvmVersion, String os, String cpu, int cores, long maxHeapBytes,
                          String gitCommit, String startedAt, String finishedAt) {

    public Environment finished(String at) {
        return new Environment(jvmName, jvmVersion, os, cpu, cores, maxHeapBytes, gitCommit, startedAt, at);
    }
}
