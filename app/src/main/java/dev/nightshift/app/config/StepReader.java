package dev.nightshift.app.config;

import dev.nightshift.app.config.yaml.MapReader;
import dev.nightshift.app.config.yaml.Values;
import dev.nightshift.app.config.yaml.YamlNode;
import dev.nightshift.core.remediation.ActionClass;
import dev.nightshift.core.remediation.Step;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one fix step ({@code - action: docker_exec ...}) into a record of the closed catalog. An
 * action name outside the catalog is an error: nothing that is not in the catalog can ever run.
 */
final class StepReader {

  /** Reads the fields of one kind of step. */
  @FunctionalInterface
  interface Kind {
    Optional<Step> read(MapReader r, StepTargets.Named node, Optional<String> purpose);
  }

  /** What an escalation says when its step does not. */
  static final String DEFAULT_ESCALATION = "manual intervention needed";

  private final StepTargets targets;
  private final Map<String, Kind> kinds = new LinkedHashMap<>();

  StepReader(Endpoints endpoints, TreeIndex tree, ProgramUses programs) {
    this.targets = new StepTargets(tree);
    ActionClassReader classes = new ActionClassReader();
    ActionReader actions = new ActionReader(endpoints, targets, classes, programs);
    ServiceActionReader services = new ServiceActionReader(endpoints, targets, classes);
    kinds.put("wait", StepReader::waitStep);
    kinds.put("verify", StepReader::verify);
    kinds.put("escalate", (r, n, p) -> escalate(r, false, p));
    kinds.put("escalate_if_failed", (r, n, p) -> escalate(r, true, p));
    kinds.put("supervisor_restart", fixed(actions::supervisorRestart, ActionClass.RESTART_PROCESS));
    kinds.put("docker_exec", actions::dockerExec);
    kinds.put("docker_restart", fixed(actions::dockerRestart, ActionClass.RESTART_CONTAINER));
    kinds.put("redis_command", actions::redisCommand);
    kinds.put(
        "redis_kill_idle_clients",
        fixed(actions::redisKillIdleClients, ActionClass.KILL_CONNECTIONS));
    kinds.put(
        "k8s_rollout_restart", fixed(services::rolloutRestart, ActionClass.RESTART_CONTAINER));
    kinds.put("k8s_scale", fixed(services::scale, ActionClass.SCALE));
    kinds.put("k8s_rollout_undo", fixed(services::rolloutUndo, ActionClass.ROLLBACK));
    kinds.put("http_request", services::httpRequest);
    kinds.put("command", actions::command);
  }

  /** The step types of the catalog, in the order they are listed to users. */
  java.util.Set<String> types() {
    return kinds.keySet();
  }

  Optional<Step> read(MapReader r) {
    Optional<YamlNode> actionNode = r.required("action");
    Optional<String> action = actionNode.flatMap(n -> Values.text(n, r.problems()));
    if (action.isEmpty()) {
      return Optional.empty();
    }
    Kind kind = kinds.get(action.get());
    if (kind == null) {
      r.problems().error(actionNode.get(), Values.unknown("action", action.get(), kinds.keySet()));
      return Optional.empty(); // the fields of an unknown action cannot be checked
    }
    Optional<String> purpose = r.text("purpose");
    StepTargets.Named node = targets.named(r);
    Optional<Step> step = kind.read(r, node, purpose);
    r.finish();
    return node.valid() ? step : Optional.empty();
  }

  private static Kind fixed(Kind kind, ActionClass actionClass) {
    return (r, node, purpose) -> {
      ActionClassReader.rejectDeclared(r, r.text("action").orElseThrow(), actionClass);
      return kind.read(r, node, purpose);
    };
  }

  private static Optional<Step> waitStep(
      MapReader r, StepTargets.Named node, Optional<String> purpose) {
    return r.requiredPositiveDuration("duration").map(d -> new Step.Wait(d, purpose));
  }

  private static Optional<Step> verify(
      MapReader r, StepTargets.Named node, Optional<String> purpose) {
    Optional<YamlNode> check = r.required("check");
    Duration timeout = r.positiveDuration("timeout").orElse(Step.Verify.DEFAULT_TIMEOUT);
    return check
        .flatMap(c -> Conditions.metric(c, r.problems()))
        .map(c -> new Step.Verify(c, timeout, purpose));
  }

  private static Optional<Step> escalate(
      MapReader r, boolean onlyIfFailed, Optional<String> purpose) {
    String message = r.text("message").orElse(DEFAULT_ESCALATION);
    return Optional.of(new Step.Escalate(message, onlyIfFailed, purpose));
  }
}
