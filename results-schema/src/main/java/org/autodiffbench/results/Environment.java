package org.autodiffbench.results;

/**
 * Where a campaign ran: enough to judge whether two runs can be compared.
 *
 * @param gitCommit the commit of the working tree the harness ran from, or null outside git
 * @param startedAt ISO-8601 instant the run started; {@code finishedAt} is null until it ends
 * @param kernels   the dense kernels the cells' JVMs run, as they describe them; null when read
 *                  from files written before it was recorded
 */
public record Environment(String jvmName, String jvmVersion, String os, String cpu, int cores, long maxHeapBytes,
                          String gitCommit, String startedAt, String finishedAt, String kernels) {

    /** An environment without a record of the kernels. */
    public Environment(String jvmName, String jvmVersion, String os, String cpu, int cores, long maxHeapBytes,
                       String gitCommit, String startedAt, String finishedAt) {
        this(jvmName, jvmVersion, os, cpu, cores, maxHeapBytes, gitCommit, startedAt, finishedAt, null);
    }

    public Environment finished(String at) {
        return new Environment(jvmName, jvmVersion, os, cpu, cores, maxHeapBytes, gitCommit, startedAt, at, kernels);
    }
}
