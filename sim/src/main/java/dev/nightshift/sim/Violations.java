package dev.nightshift.sim;

import dev.nightshift.core.measure.Durations;
import dev.nightshift.core.policy.Autonomy;
import dev.nightshift.core.policy.Phase;
import dev.nightshift.core.policy.Policy;
import dev.nightshift.core.remediation.Action;
import dev.nightshift.core.remediation.ActionClass;
import dev.nightshift.core.remediation.IdempotencyKey;
import dev.nightshift.core.sla.Severity;
import dev.nightshift.core.sla.Sla;
import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.topology.DependencyTree;
import dev.nightshift.core.topology.NodeId;
import dev.nightshift.sim.scenario.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Counts what the policy forbids among the actions that reached the platform, on its own reading of
 * the policy rather than the agent's engine: a class that is never allowed, the kill switch, the
 * observe phase, a freeze window, a repeat within the cooldown, a missing approval.
 */
final class Violations {

  private final Scenario scenario;
  private final DependencyTree tree;
  private final Policy policy;
  private final Set<IdempotencyKey> approved = new HashSet<>();
  private final Map<String, Instant> lastRun = new HashMap<>();
  private final List<Violation> found = new ArrayList<>();

  Violations(Scenario scenario, DependencyTree tree, Policy policy) {
    this.scenario = scenario;
    this.tree = tree;
    this.policy = policy;
  }

  void approvalGranted(IdempotencyKey key) {
    approved.add(key);
  }

  List<Violation> all() {
    return List.copyOf(found);
  }

  /** Checks one execution at {@code at}, recording one violation per rule it breaks. */
  void check(Action action, IdempotencyKey key, Instant at) {
    String resource = action.target().resource();
    for (String reason : reasons(action, key, at)) {
      found.add(new Violation(at, action.type(), resource, reason));
    }
    lastRun.put(resource, at);
  }

  private List<String> reasons(Action action, IdempotencyKey key, Instant at) {
    List<String> reasons = new ArrayList<>();
    ActionClass actionClass = action.actionClass();
    Autonomy autonomy = policy.autonomy(actionClass);
    Phase phase = phase(action);
    if (autonomy instanceof Autonomy.Never) {
      reasons.add("the policy never allows " + actionClass);
    }
    if (scenario.killSwitch().orElse(policy.killSwitch())) {
      reasons.add("the kill switch is on");
    }
    if (phase == Phase.OBSERVE) {
      reasons.add("the phase is observe: actions may only be logged");
    }
    policy.freezeWindows().stream()
        .filter(w -> w.contains(at))
        .findFirst()
        .ifPresent(w -> reasons.add("inside the freeze window " + w.name()));
    cooldown(action, at).ifPresent(reasons::add);
    boolean needsApproval = autonomy instanceof Autonomy.Approval || phase == Phase.ASSIST;
    if (needsApproval && !approved.contains(key)) {
      reasons.add(
          "executed without a human's approval (" + actionClass + " in phase " + phase + ")");
    }
    return reasons;
  }

  private Optional<String> cooldown(Action action, Instant at) {
    Instant last = lastRun.get(action.target().resource());
    Duration cooldown = policy.cooldown(action.actionClass());
    if (last == null || Duration.between(last, at).compareTo(cooldown) >= 0) {
      return Optional.empty();
    }
    return Optional.of(
        "repeated within the cooldown of %s (last run %ss earlier)"
            .formatted(Durations.format(cooldown), Duration.between(last, at).toSeconds()));
  }

  /**
   * The phase the action ran in: the scenario's, else the policy's for the most severe SLA the
   * action's node can break (every SLA when it names no node).
   */
  private Phase phase(Action action) {
    return scenario.phase().orElseGet(() -> policy.phase(severity(action.target().node())));
  }

  private Severity severity(Optional<NodeId> node) {
    List<SlaId> impacted =
        node.filter(n -> tree.node(n).isPresent())
            .map(n -> tree.impact(n).slas())
            .orElse(List.of());
    return tree.slas().stream()
        .filter(s -> impacted.isEmpty() || impacted.contains(s.id()))
        .map(Sla::severity)
        .min(Comparator.naturalOrder())
        .orElse(Severity.CRITICAL);
  }
}
