#!/usr/bin/env bash
# A benchmark campaign as a Slurm job array: one shard of the campaign per array task, then one
# job that merges the shards into a results directory with its report.
#
#   scripts/slurm-campaign.sh submit CAMPAIGN.json OUTROOT N [run options, e.g. --quick]
#       submits the array (tasks 1..N) and the merge job, which waits for every task to end
#       (afterany: a failed or cancelled task still lets the merge report what is missing)
#   sbatch --array=1-N scripts/slurm-campaign.sh CAMPAIGN.json OUTROOT [run options]
#       the array alone: task K runs shard K/N into OUTROOT/shard-K; a rerun of a task whose
#       directory holds results finishes them (--resume) instead of starting again
#   scripts/slurm-campaign.sh merge OUTROOT N
#       the merge alone: OUTROOT/shard-1..N into OUTROOT/merged, replacing an earlier merge (exit 0
#       when every cell is there, 4 when cells are missing: they are listed and the rest is merged)
#
# Run it from the repository root after `mvn -B -ntp package -DskipTests`; the jobs find the jar
# at harness/target/autodiffbench.jar under the directory they were submitted from (or at
# $AUTODIFFBENCH_JAR) and run `java` from PATH (or $JAVA). The #SBATCH lines below are defaults;
# options given to sbatch or after `submit ... N` do not change them, sbatch's own take precedence.
#
# Two CPUs per task: the measured thread and the JIT compiler. Timings on a node shared with other
# jobs are noisy (the results record the load each cell saw and flag unreliable timings); for
# timings you will quote, add --exclusive so that each task has a node to itself. Tasks that land
# on one node with a shared /tmp take turns at JMH's lock, so they do not time each other's noise.
#
#SBATCH --job-name=autodiffbench-shard
#SBATCH --cpus-per-task=2
#SBATCH --mem=8G
#SBATCH --time=04:00:00
#SBATCH --output=slurm-%x-%A_%a.out
set -euo pipefail

usage="usage: $0 submit CAMPAIGN.json OUTROOT N [run options] | sbatch --array=1-N $0 CAMPAIGN.json OUTROOT [run options] | $0 merge OUTROOT N"

fail() {
    echo "error: $1" >&2
    exit 2
}

jar() {
    local jar="${AUTODIFFBENCH_JAR:-${SLURM_SUBMIT_DIR:-$PWD}/harness/target/autodiffbench.jar}"
    [ -f "$jar" ] || fail "no jar at $jar; build it with 'mvn -B -ntp package -DskipTests' in the repository root, or set AUTODIFFBENCH_JAR"
    echo "$jar"
}

shard_count() {
    [[ "$1" =~ ^[1-9][0-9]*$ ]] || fail "the shard count must be a whole number of at least 1, not '$1'; $usage"
}

submit() {
    [ $# -ge 3 ] || fail "submit needs CAMPAIGN.json OUTROOT N; $usage"
    local campaign="$1" outroot="$2" count="$3"
    shift 3
    [ -f "$campaign" ] || fail "campaign file '$campaign' not found"
    shard_count "$count"
    jar >/dev/null
    mkdir -p "$outroot"
    local script array merge
    script="$(readlink -f "$0")"
    array="$(sbatch --parsable --array="1-$count" "$script" "$campaign" "$outroot" "$@")"
    array="${array%%;*}"
    merge="$(sbatch --parsable --job-name=autodiffbench-merge --cpus-per-task=1 --mem=2G --time=00:30:00 \
        --output="slurm-%x-%j.out" --dependency="afterany:$array" "$script" merge "$outroot" "$count")"
    merge="${merge%%;*}"
    echo "shards: job array $array (tasks 1-$count) into $outroot/shard-K"
    echo "merge: job $merge into $outroot/merged, after every task of $array ends"
}

run_shard() {
    [ $# -ge 2 ] || fail "a shard needs CAMPAIGN.json OUTROOT; $usage"
    local campaign="$1" outroot="$2"
    shift 2
    local task="${SLURM_ARRAY_TASK_ID:-}" count="${SLURM_ARRAY_TASK_COUNT:-}"
    [ -n "$task" ] && [ -n "$count" ] \
        || fail "SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT are not set; submit with 'sbatch --array=1-N $0 ...' or use '$0 submit'"
    [[ "$task" =~ ^[0-9]+$ && "$count" =~ ^[0-9]+$ ]] && [ "$task" -ge 1 ] && [ "$task" -le "$count" ] \
        || fail "array task $task is not in 1..$count; number the tasks from 1 (sbatch --array=1-N)"
    [ -f "$campaign" ] || fail "campaign file '$campaign' not found"
    local java="${JAVA:-java}" out="$outroot/shard-$task" jar
    jar="$(jar)"
    mkdir -p "$outroot"
    if [ -f "$out/results.json" ]; then
        exec "$java" -jar "$jar" run "$campaign" --shard "$task/$count" --resume "$out" "$@"
    fi
    exec "$java" -jar "$jar" run "$campaign" --shard "$task/$count" --out "$out" "$@"
}

merge() {
    [ $# -eq 2 ] || fail "merge needs OUTROOT N; $usage"
    local outroot="$1" count="$2" java="${JAVA:-java}" jar k
    shard_count "$count"
    jar="$(jar)"
    local dirs=()
    for k in $(seq 1 "$count"); do
        if [ -d "$outroot/shard-$k" ]; then
            dirs+=("$outroot/shard-$k")
        else
            echo "warning: shard $k/$count left no directory $outroot/shard-$k; its cells are missing" >&2
        fi
    done
    [ "${#dirs[@]}" -gt 0 ] || fail "no shard directories under $outroot; see the array tasks' slurm-*.out files"
    # The merged run is made from the shards alone: after a missing shard has been run, merging again replaces it.
    if [ -e "$outroot/merged" ]; then
        echo "replacing $outroot/merged with a new merge of the shards" >&2
        rm -rf "$outroot/merged"
    fi
    exec "$java" -jar "$jar" merge "${dirs[@]}" --out "$outroot/merged"
}

[ $# -ge 1 ] || fail "$usage"
case "$1" in
    submit) shift; submit "$@" ;;
    merge) shift; merge "$@" ;;
    *) run_shard "$@" ;;
esac
