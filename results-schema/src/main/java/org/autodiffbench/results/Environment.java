package org.autodiffbench.results;

/**
 * Where a campaign ran: enough to judge whether two runs can be compared.
 *
 * @param gitCommit the commit of the working tree the harness ran from, or null outside git
 * @param startedAt ISO-8601 instant the run started; {@code finishedAt} is null until it ends
 * @param kernels   the dense kernels the cells' JVMs run, as they describe them; null when read
 *                  from files written before it was recorded
 * @param host      the machine's host name; null where it is unknown and in files written before it was recorded
 */
public record Environment(String jvmName, String jvmVersion, String os, String cpu, int cores, long maxHeapBytes,
                          String gitCommit, String startedAt, String finishedAt, String kernels, String host) {

    /** An environment without a host name. */
    public Environment(String jvmName, String jvmVersion, String os, String cpu, int cores, long maxHeapBytes,
                       String gitCommit, String startedAt, String finishedAt, String kernels) {
        this(jvmName, jvmVersion, os, cpu, cores, maxHeapBytes, gitCommit, startedAt, finishedAt, kernels, null);
    }

    /** An environment without a record of the kernels. */
    public Environment(String jvmName, String jvmVersion, String os, String cpu, int cores, long maxHeapBytes,
                       String gitCommit, String startedAt, String finishedAt) {
        this(jvmName, jvmVersion, os, cpu, cores, maxHeapBytes, gitCommit, startedAt, finishedAt, null, null);
    }

    public Environment finished(String at) {
        return new Environment(jvmName, jvmVersion, os, cpu, cores, maxHeapBytes, gitCommit, startedAt, at, kernels,
                host);
    }

    /** The same environment over another span of time: a merged run's, from its first start to its last end. */
    public Environment during(String start, String end) {
        return new Environment(jvmName, jvmVersion, os, cpu, cores, maxHeapBytes, gitCommit, start, end, kernels,
                host);
    }

    /**
     * The machine, as a report names it: the host name, or the CPU and its cores where the host is not recorded.
     * Two cells with different machines were not measured on the same hardware.
     */
    public String machine() {
        return host != null ? host : cpu + ", " + cores + " cores";
    }
}
