package org.autodiffbench.harness.schedulers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * Runs a GitHub Actions workflow on this machine, job after job, as a runner would: each job (and
 * each matrix combination, in matrix order) in a fresh workspace, its {@code run:} steps in bash
 * with GitHub's flags and files ({@code GITHUB_OUTPUT}), expressions evaluated from the workflow's
 * own text, {@code if:} conditions honoured, and artifacts passed between jobs only through
 * {@code upload-artifact} and {@code download-artifact} with their v4 rules (names unique in a run;
 * downloads by pattern land in one folder per artifact unless merged). What a checkout and the
 * project's build would put in a workspace is given as files; the build's {@code mvn} command
 * itself is not run, since this test runs inside that build.
 */
final class WorkflowRehearsal {

    /** One step of one job run: its name, whether it ran and succeeded, and what it printed. */
    record StepRun(String job, JsonNode matrix, String step, String outcome, String log) {
    }

    /** One job run (one matrix combination): its result, as the {@code needs} context reports it. */
    record JobRun(String job, JsonNode matrix, String result) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode workflow;
    private final Path scratch;
    private final Map<String, Path> checkout;
    private final Map<String, Path> build;
    private final Map<String, String> environment;
    private final BiPredicate<String, JsonNode> lostRunner;
    private final ObjectNode needs = NODES.objectNode();
    private final List<StepRun> steps = new ArrayList<>();
    private final List<JobRun> jobs = new ArrayList<>();

    /**
     * @param checkout files a checkout of the repository gives, by their path in the workspace
     * @param build files the build step produces, by their path in the workspace
     * @param environment variables added to every step's environment
     * @param lostRunner which job runs lose their runner before their first step (result {@code cancelled})
     */
    WorkflowRehearsal(JsonNode workflow, Path scratch, Map<String, Path> checkout, Map<String, Path> build,
                      Map<String, String> environment, BiPredicate<String, JsonNode> lostRunner) {
        this.workflow = workflow;
        this.scratch = scratch;
        this.checkout = checkout;
        this.build = build;
        this.environment = environment;
        this.lostRunner = lostRunner;
    }

    static JsonNode read(Path workflowFile) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(workflowFile.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs every job of a {@code workflow_dispatch} with these inputs. */
    void dispatch(Map<String, String> inputs) {
        ObjectNode inputValues = NODES.objectNode();
        workflow.path("on").path("workflow_dispatch").path("inputs").fields().forEachRemaining(input ->
                inputValues.set(input.getKey(), input.getValue().path("default")));
        inputs.forEach(inputValues::put);
        Map<String, JsonNode> contexts = new LinkedHashMap<>();
        contexts.put("github", NODES.objectNode().put("event_name", "workflow_dispatch").put("run_id", "1"));
        contexts.put("inputs", inputValues);
        ObjectNode workflowEnv = environment(workflow.path("env"), contexts, NODES.objectNode());
        contexts.put("env", workflowEnv);
        contexts.put("needs", needs);
        for (Iterator<Map.Entry<String, JsonNode>> it = workflow.path("jobs").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> job = it.next();
            runJob(job.getKey(), job.getValue(), contexts);
        }
    }

    List<StepRun> steps() {
        return List.copyOf(steps);
    }

    List<JobRun> jobs() {
        return List.copyOf(jobs);
    }

    /** The folder an artifact of this name holds, as uploaded. */
    Path artifact(String name) {
        return scratch.resolve("artifacts").resolve(name);
    }

    private void runJob(String id, JsonNode job, Map<String, JsonNode> workflowContexts) {
        List<String> needed = new ArrayList<>();
        JsonNode needsField = job.path("needs");
        if (needsField.isTextual()) {
            needed.add(needsField.textValue());
        } else {
            needsField.forEach(n -> needed.add(n.textValue()));
        }
        for (String need : needed) {
            if (!needs.has(need)) {
                throw new IllegalStateException("job " + id + " needs " + need + ", which has not run before it");
            }
        }
        boolean neededSucceeded = needed.stream().allMatch(n -> needs.path(n).path("result").asText().equals("success"));
        WorkflowExpressions jobLevel = new WorkflowExpressions(scope(workflowContexts, () -> neededSucceeded));
        if (!jobLevel.condition(job.hasNonNull("if") ? job.get("if").asText() : null)) {
            jobs.add(new JobRun(id, null, "skipped"));
            needs.set(id, NODES.objectNode().put("result", "skipped").set("outputs", NODES.objectNode()));
            return;
        }
        List<ObjectNode> combinations = matrix(job.path("strategy").path("matrix"), jobLevel);
        String result = "success";
        ObjectNode outputs = NODES.objectNode();
        for (ObjectNode matrix : combinations) {
            String one = runCombination(id, job, matrix, workflowContexts, outputs);
            jobs.add(new JobRun(id, matrix, one));
            if (one.equals("failure") || (one.equals("cancelled") && result.equals("success"))) {
                result = one;
            }
        }
        needs.set(id, NODES.objectNode().put("result", result).set("outputs", outputs));
    }

    private String runCombination(String id, JsonNode job, ObjectNode matrix, Map<String, JsonNode> workflowContexts,
                                  ObjectNode outputs) {
        if (lostRunner.test(id, matrix)) {
            return "cancelled";
        }
        Path workspace = scratch.resolve("jobs").resolve(id + matrixSuffix(matrix));
        Path outputFile = workspace.resolveSibling(workspace.getFileName() + ".output");
        Map<String, JsonNode> contexts = new LinkedHashMap<>(workflowContexts);
        contexts.put("matrix", matrix);
        ObjectNode stepsContext = NODES.objectNode();
        contexts.put("steps", stepsContext);
        contexts.put("env", environment(job.path("env"), contexts, (ObjectNode) workflowContexts.get("env")));
        boolean[] failed = {false};
        WorkflowExpressions expressions = new WorkflowExpressions(scope(contexts, () -> !failed[0]));
        try {
            Files.createDirectories(workspace);
            for (JsonNode step : job.path("steps")) {
                String name = step.path("name").asText(step.path("uses").asText(step.path("run").asText()));
                if (!expressions.condition(step.hasNonNull("if") ? step.get("if").asText() : null)) {
                    steps.add(new StepRun(id, matrix, name, "skipped", ""));
                    continue;
                }
                Files.deleteIfExists(outputFile);
                Files.createFile(outputFile);
                ObjectNode stepEnv = environment(step.path("env"), contexts, (ObjectNode) contexts.get("env"));
                StepOutcome outcome = step.has("uses")
                        ? action(step.get("uses").asText(), step.path("with"), expressions, workspace)
                        : command(expressions.substitute(step.get("run").asText()), shell(job, step), stepEnv,
                                workspace, outputFile);
                steps.add(new StepRun(id, matrix, name, outcome.success ? "success" : "failure", outcome.log));
                if (step.has("id")) {
                    stepsContext.set(step.get("id").asText(), NODES.objectNode()
                            .put("outcome", outcome.success ? "success" : "failure")
                            .set("outputs", stepOutputs(outputFile)));
                }
                failed[0] |= !outcome.success;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        job.path("outputs").fields().forEachRemaining(output ->
                outputs.put(output.getKey(), expressions.substitute(output.getValue().asText())));
        return failed[0] ? "failure" : "success";
    }

    private record StepOutcome(boolean success, String log) {
    }

    private StepOutcome action(String uses, JsonNode with, WorkflowExpressions expressions, Path workspace)
            throws IOException {
        String action = uses.substring(0, uses.indexOf('@'));
        switch (action) {
            case "actions/checkout" -> {
                place(checkout, workspace);
                return new StepOutcome(true, "checked out " + checkout.keySet());
            }
            case "actions/setup-java" -> {
                return new StepOutcome(true, "java from PATH");
            }
            case "actions/upload-artifact" -> {
                return upload(with, expressions, workspace);
            }
            case "actions/download-artifact" -> {
                return download(with, expressions, workspace);
            }
            default -> throw new IllegalArgumentException("the local workflow run does not know the action " + uses);
        }
    }

    private StepOutcome upload(JsonNode with, WorkflowExpressions expressions, Path workspace) throws IOException {
        String name = expressions.substitute(with.path("name").asText("artifact"));
        Path source = workspace.resolve(expressions.substitute(with.path("path").asText()));
        Path target = artifact(name);
        if (Files.exists(target)) {
            return new StepOutcome(false, "an artifact named " + name + " was already uploaded in this run");
        }
        if (!Files.exists(source)) {
            boolean error = with.path("if-no-files-found").asText("warn").equals("error");
            return new StepOutcome(!error, "no files were found at " + source);
        }
        copy(source, target, with.path("include-hidden-files").asBoolean(false));
        return new StepOutcome(true, "uploaded " + name);
    }

    private StepOutcome download(JsonNode with, WorkflowExpressions expressions, Path workspace) throws IOException {
        Path into = workspace.resolve(expressions.substitute(with.path("path").asText(".")));
        boolean single = with.hasNonNull("name");
        String glob = single ? expressions.substitute(with.get("name").asText())
                : expressions.substitute(with.path("pattern").asText("*"));
        boolean mergeMultiple = expressions.condition(with.path("merge-multiple").asText("false"));
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        List<String> names = new ArrayList<>();
        Path store = scratch.resolve("artifacts");
        if (Files.isDirectory(store)) {
            try (Stream<Path> all = Files.list(store)) {
                all.map(p -> p.getFileName().toString()).filter(n -> matcher.matches(Path.of(n))).sorted()
                        .forEach(names::add);
            }
        }
        if (single && names.isEmpty()) {
            return new StepOutcome(false, "no artifact named " + glob);
        }
        for (String name : names) {
            copy(artifact(name), single || mergeMultiple ? into : into.resolve(name), true);
        }
        return new StepOutcome(true, "downloaded " + names);
    }

    private StepOutcome command(String script, List<String> shell, ObjectNode stepEnv, Path workspace,
                                Path outputFile) throws IOException {
        if (script.strip().startsWith("mvn ")) {
            place(build, workspace);
            return new StepOutcome(true, "built " + build.keySet() + " (the enclosing Maven build made them)");
        }
        Path scriptFile = Files.createTempFile(scratch, "step", ".sh");
        Files.writeString(scriptFile, script);
        List<String> commandLine = new ArrayList<>(shell);
        commandLine.add(scriptFile.toString());
        Map<String, String> env = new LinkedHashMap<>(environment);
        stepEnv.fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        env.put("GITHUB_OUTPUT", outputFile.toString());
        env.put("GITHUB_WORKSPACE", workspace.toString());
        env.put("CI", "true");
        ShellRun run = ShellRun.of(commandLine, workspace, env);
        return new StepOutcome(run.exitCode() == 0, run.output());
    }

    /** The shell a runner starts for a {@code run:} step: GitHub's flags for bash, named or not. */
    private List<String> shell(JsonNode job, JsonNode step) {
        String shell = step.path("shell").asText(job.path("defaults").path("run").path("shell")
                .asText(workflow.path("defaults").path("run").path("shell").asText("")));
        return switch (shell) {
            case "bash" -> List.of("bash", "--noprofile", "--norc", "-eo", "pipefail");
            case "" -> List.of("bash", "-e");
            default -> throw new IllegalArgumentException("the local workflow run knows only bash, not " + shell);
        };
    }

    private static ObjectNode environment(JsonNode env, Map<String, JsonNode> contexts, ObjectNode inherited) {
        ObjectNode merged = inherited.deepCopy();
        WorkflowExpressions expressions = new WorkflowExpressions(scope(contexts, () -> true));
        env.fields().forEachRemaining(e -> merged.put(e.getKey(), expressions.substitute(e.getValue().asText())));
        return merged;
    }

    private static List<ObjectNode> matrix(JsonNode matrix, WorkflowExpressions expressions) {
        List<ObjectNode> combinations = new ArrayList<>(List.of(NODES.objectNode()));
        matrix.fields().forEachRemaining(axis -> {
            JsonNode values = axis.getValue().isTextual() ? expressions.value(axis.getValue().asText()) : axis.getValue();
            if (!values.isArray() || values.isEmpty()) {
                throw new IllegalArgumentException("matrix." + axis.getKey() + " is not a non-empty list: " + values);
            }
            List<ObjectNode> wider = new ArrayList<>();
            for (ObjectNode combination : combinations) {
                values.forEach(value -> wider.add(combination.deepCopy().set(axis.getKey(), value)));
            }
            combinations.clear();
            combinations.addAll(wider);
        });
        return combinations;
    }

    private static String matrixSuffix(ObjectNode matrix) {
        StringBuilder suffix = new StringBuilder();
        matrix.fields().forEachRemaining(e -> suffix.append('-').append(WorkflowExpressions.text(e.getValue())));
        return suffix.toString();
    }

    private static ObjectNode stepOutputs(Path outputFile) throws IOException {
        ObjectNode outputs = NODES.objectNode();
        for (String line : Files.readAllLines(outputFile)) {
            int equals = line.indexOf('=');
            if (line.isBlank()) {
                continue;
            }
            if (equals < 0 || line.contains("<<")) {
                throw new IllegalArgumentException("the local workflow run reads only name=value outputs, not " + line);
            }
            outputs.set(line.substring(0, equals), TextNode.valueOf(line.substring(equals + 1)));
        }
        return outputs;
    }

    /** Contexts by name; {@code success()} as the supplier says, the run never cancelled. */
    private static WorkflowExpressions.Scope scope(Map<String, JsonNode> contexts, BooleanSupplier succeeded) {
        return new WorkflowExpressions.Scope() {
            @Override
            public JsonNode context(String name) {
                return contexts.get(name);
            }

            @Override
            public boolean succeeded() {
                return succeeded.getAsBoolean();
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
    }

    private static void place(Map<String, Path> files, Path workspace) throws IOException {
        for (Map.Entry<String, Path> file : files.entrySet()) {
            Path target = workspace.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.copy(file.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Copies a file or a folder over what is there (download-artifact v4 with merge-multiple overwrites);
     * upload-artifact v4 leaves out files and folders whose name starts with a dot.
     */
    private static void copy(Path source, Path target, boolean includeHidden) throws IOException {
        try (Stream<Path> all = Files.walk(source)) {
            for (Path from : (Iterable<Path>) all::iterator) {
                Path relative = source.relativize(from);
                if (!includeHidden && (relative.toString().startsWith(".") || relative.toString().contains("/."))) {
                    continue;
                }
                Path to = target.resolve(relative.toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.createDirectories(to.getParent());
                    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
