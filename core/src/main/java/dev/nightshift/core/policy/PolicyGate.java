package dev.nightshift.core.policy;

import dev.nightshift.core.remediation.ActionClass;
import dev.nightshift.core.remediation.ActionLog;
import dev.nightshift.core.remediation.ActionRecord;
import dev.nightshift.core.sla.TimeWindow;
import dev.nightshift.core.topology.NodeId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The only way to an executed action: decides each one from the policy, the run-time controls and
 * the durable action log. Checks run from the hardest stop to the softest, so the reason given is
 * the one that matters most: kill switch, observe phase, freeze, never, cooldown, hourly limits,
 * then autonomy and the assist phase.
 */
public final class PolicyGate {

  private static final Duration HOUR = Duration.ofHours(1);

  private final Policy policy;
  private final Controls controls;
  private final ActionLog log;
  private final int treeSize;
  private final Clock clock;

  public PolicyGate(Policy policy, Controls controls, ActionLog log, int treeSize, Clock clock) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.controls = Objects.requireNonNull(controls, "controls");
    this.log = Objects.requireNonNull(log, "log");
    this.treeSize = treeSize;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public Verdict decide(GateRequest request) {
    Instant now = clock.instant();
    ActionClass cls = request.action().actionClass();
    Phase phase = phase(request);
    if (killSwitch()) {
      return new Verdict.Intend("the kill switch is on: every action is an intention only");
    }
    if (phase == Phase.OBSERVE) {
      return new Verdict.Intend(
          "the " + request.severity() + " severity is in the observe phase: intentions only");
    }
    Optional<TimeWindow> freeze =
        policy.freezeWindows().stream().filter(w -> w.contains(now)).findFirst();
    if (freeze.isPresent()) {
      return new Verdict.Intend("inside the freeze window " + freeze.get().name());
    }
    if (policy.autonomy(cls) instanceof Autonomy.Never) {
      return new Verdict.Deny(cls + " actions are never autonomous: always a human");
    }
    // One read of the log covers both the hour and the cooldown, whichever reaches further back.
    Duration cooldown = policy.cooldown(cls);
    List<ActionRecord> recent =
        touched(log.since(now.minus(cooldown.compareTo(HOUR) > 0 ? cooldown : HOUR)));
    Optional<Verdict> limited = limits(request, recent, cooldown, now);
    if (limited.isPresent()) {
      return limited.get();
    }
    return autonomy(request, phase, now);
  }

  public boolean killSwitch() {
    return policy.killSwitch() || controls.killSwitch();
  }

  public Phase phase(GateRequest request) {
    return controls.phases().getOrDefault(request.severity(), policy.phase(request.severity()));
  }

  private Optional<Verdict> limits(
      GateRequest request, List<ActionRecord> touched, Duration cooldown, Instant now) {
    String resource = request.action().target().resource();
    Instant hourAgo = now.minus(HOUR);
    List<ActionRecord> lastHour = touched.stream().filter(r -> !r.at().isBefore(hourAgo)).toList();
    Optional<ActionRecord> recent =
        touched.stream()
            .filter(r -> r.resource().equals(resource))
            // The cooldown ends at (not after) at + cooldown: the instant a Hold names is free.
            .filter(r -> r.at().plus(cooldown).isAfter(now))
            .reduce((first, second) -> second);
    if (recent.isPresent()) {
      Instant until = recent.get().at().plus(cooldown);
      String when =
          resource
              + " was acted on at "
              + recent.get().at()
              + " (incident "
              + recent.get().incident()
              + "); cooldown "
              + dev.nightshift.core.measure.Durations.format(cooldown);
      // A retry of this incident's own fix waits; another incident's repeat means the fix is not
      // holding, and a human should look.
      return Optional.of(
          recent.get().incident() == request.incident()
              ? new Verdict.Hold(until, when + ": retrying at " + until)
              : new Verdict.Deny(when + ": a repeat this soon means the fix is not holding"));
    }
    int perHour = policy.limits().actionsPerHour();
    if (lastHour.size() >= perHour) {
      return Optional.of(
          new Verdict.Deny(lastHour.size() + " actions in the last hour: the limit is " + perHour));
    }
    Set<NodeId> nodes = new HashSet<>();
    lastHour.forEach(r -> r.node().ifPresent(nodes::add));
    request.action().target().node().ifPresent(nodes::add);
    int maxNodes = Math.max(1, (int) Math.floor(policy.limits().maxTreeFraction() * treeSize));
    if (nodes.size() > maxNodes) {
      return Optional.of(
          new Verdict.Deny(
              "acting on "
                  + nodes.size()
                  + " nodes within an hour would exceed the blast radius of "
                  + maxNodes
                  + " of "
                  + treeSize));
    }
    return Optional.empty();
  }

  private Verdict autonomy(GateRequest request, Phase phase, Instant now) {
    ActionClass cls = request.action().actionClass();
    Autonomy autonomy = policy.autonomy(cls);
    String approvedBy = request.approved() ? " and a human approved it" : "";
    switch (autonomy) {
      case Autonomy.AfterFailure a -> {
        Instant until = request.failingSince().plus(a.persisted());
        if (now.isBefore(until)) {
          return new Verdict.Hold(
              until,
              cls
                  + " acts only after "
                  + dev.nightshift.core.measure.Durations.format(a.persisted())
                  + " of failure; failing since "
                  + request.failingSince());
        }
      }
      case Autonomy.KnownPatternsOnly k -> {
        if (!request.fromKnownError() && !request.approved()) {
          return new Verdict.NeedsApproval(cls + " acts alone on known patterns only");
        }
      }
      case Autonomy.Approval ap -> {
        if (!request.approved()) {
          return new Verdict.NeedsApproval(cls + " actions need a human's approval");
        }
      }
      case Autonomy.Full f -> {}
      case Autonomy.Never n -> throw new IllegalStateException("never is decided earlier");
    }
    if (phase == Phase.ASSIST && !request.approved()) {
      return new Verdict.NeedsApproval(
          "the " + request.severity() + " severity is in the assist phase: a human approves");
    }
    return new Verdict.Allow(
        cls + " is " + autonomy.yamlName() + " in the " + phase + " phase" + approvedBy);
  }

  private static List<ActionRecord> touched(List<ActionRecord> records) {
    return records.stream().filter(r -> r.outcome().touchedPlatform()).toList();
  }
}
