package dev.nightshift.app.config;

import dev.nightshift.app.config.yaml.MapReader;
import dev.nightshift.app.config.yaml.Problem;
import dev.nightshift.app.config.yaml.Problems;
import dev.nightshift.app.config.yaml.YamlParser;
import dev.nightshift.core.knowledge.Checked;
import dev.nightshift.core.knowledge.KnownError;
import dev.nightshift.core.knowledge.KnownErrorReader;
import dev.nightshift.core.remediation.Step;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads learned known errors and proposed steps with the very readers that load known_errors.yaml,
 * against the loaded tree, endpoints and the policy's allowed programs: a proposal is valid exactly
 * when the same text in the file would be.
 */
final class YamlKnownErrorReader implements KnownErrorReader {

  // The action classes a step may declare, as written in YAML.
  private static final String CLASSES =
      String.join(
          "|",
          java.util.Arrays.stream(dev.nightshift.core.remediation.ActionClass.values())
              .map(Object::toString)
              .toList());

  /** What each step type takes besides {@code action}, {@code node} and {@code purpose}. */
  static final List<String> CATALOG =
      List.of(
          "supervisor_restart: restarts a supervisord process (class restart_process); node"
              + " (a process node with supervisor coordinates), optional process: \"group:name\"",
          "docker_restart: restarts a container (restart_container); node with a container",
          "docker_exec: runs a command in a container; node, command: \"program args\" (the"
              + " program must be allow-listed), class: "
              + CLASSES
              + " unless the program's is known",
          "redis_command: runs a Redis command; node (a Redis node), command: \"CONFIG SET ...\","
              + " class when the command's is not known",
          "redis_kill_idle_clients: kills idle Redis clients (kill_connections); node, idle: 300s",
          "k8s_rollout_restart: restarts a deployment (restart_container); node with k8s"
              + " coordinates",
          "k8s_scale: scales a deployment (scale); node, replicas: 3",
          "k8s_rollout_undo: rolls a deployment back (rollback); node, optional to_revision",
          "http_request: calls an HTTP API, e.g. a CI/CD rollback; node, url, http_method (default"
              + " POST), class (e.g. rollback), optional headers, body, expect_status",
          "command: runs an allow-listed program; node, argv: [\"program\", \"arg\"], class"
              + " unless the program's is known");

  private final Endpoints endpoints;
  private final TreeIndex tree;
  private final Set<String> allowedPrograms;
  private final String policyFile;

  YamlKnownErrorReader(
      Endpoints endpoints, TreeIndex tree, Set<String> allowedPrograms, String policyFile) {
    this.endpoints = endpoints;
    this.tree = tree;
    this.allowedPrograms = Set.copyOf(allowedPrograms);
    this.policyFile = policyFile;
  }

  @Override
  public Checked<Step> step(String yaml) {
    return read(yaml, "proposed step", (steps, r) -> steps.read(r));
  }

  @Override
  public Checked<KnownError> knownError(String yaml) {
    return read(
        yaml,
        "learned known error",
        (steps, r) -> new KnownErrorsReader(r.problems(), tree, steps).one(r));
  }

  @Override
  public List<String> catalog() {
    return CATALOG;
  }

  private <T> Checked<T> read(
      String yaml, String what, BiFunction<StepReader, MapReader, Optional<T>> reader) {
    Problems problems = new Problems();
    ProgramUses programs = new ProgramUses();
    StepReader steps = new StepReader(endpoints, tree, programs);
    Optional<T> value =
        YamlParser.parse(yaml, what, problems)
            .flatMap(node -> MapReader.of(node, problems))
            .flatMap(r -> reader.apply(steps, r));
    programs.check(allowedPrograms, policyFile, problems);
    List<String> errors =
        problems.all().stream().filter(Problem::isError).map(Problem::format).toList();
    if (!errors.isEmpty() || value.isEmpty()) {
      return new Checked.Invalid<>(
          errors.isEmpty() ? List.of(what + " could not be read") : errors);
    }
    return new Checked.Ok<>(value.get());
  }
}
