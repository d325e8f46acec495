package dev.nightshift.core.remediation;

import dev.nightshift.core.topology.NodeId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One action the pipeline decided about, whatever the decision: the durable record behind
 * cooldowns, hourly limits, idempotency and the drill's list of actions.
 *
 * @param incident the incident's number
 * @param type the action's catalog name ({@code docker_exec})
 * @param resource the target resource ({@code container/redis})
 * @param node the tree node the action targets, when it names one
 * @param detail the policy's reason, or the executor's output or error
 */
public record ActionRecord(
    IdempotencyKey key,
    long incident,
    Instant at,
    String type,
    ActionClass actionClass,
    String resource,
    Optional<NodeId> node,
    ActionOutcome outcome,
    String detail) {

  public ActionRecord {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(actionClass, "actionClass");
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(detail, "detail");
  }

  public static ActionRecord of(
      IdempotencyKey key,
      long incident,
      Instant at,
      Action action,
      ActionOutcome outcome,
      String detail) {
    return new ActionRecord(
        key,
        incident,
        at,
        action.type(),
        action.actionClass(),
        action.target().resource(),
        action.target().node(),
        outcome,
        detail);
  }
}
