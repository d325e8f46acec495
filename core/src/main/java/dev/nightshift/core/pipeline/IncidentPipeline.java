package dev.nightshift.core.pipeline;

import static dev.nightshift.core.incident.IncidentState.CORRELATED;
import static dev.nightshift.core.incident.IncidentState.DIAGNOSING;

import dev.nightshift.core.diagnosis.Diagnoser;
import dev.nightshift.core.diagnosis.Diagnosis;
import dev.nightshift.core.diagnosis.RootCause;
import dev.nightshift.core.incident.EventType;
import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.IncidentState;
import dev.nightshift.core.knowledge.KnownError;
import dev.nightshift.core.knowledge.KnownErrorMatcher;
import dev.nightshift.core.knowledge.LogTemplate;
import dev.nightshift.core.knowledge.Match;
import dev.nightshift.core.remediation.FixType;
import dev.nightshift.core.remediation.Step;
import dev.nightshift.core.sla.SlaCheck;
import dev.nightshift.core.sla.SlaMonitor;
import dev.nightshift.core.sla.SlaStatus;
import dev.nightshift.core.topology.NodeId;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The closed loop of one incident, one state at a time: walk the tree, match a known error, run its
 * fix through the policy gate, verify, and close with a report. Each call does what can be done now
 * and returns; an incident that waits (a {@code wait} step, a verify poll, an approval, an {@code
 * after_failure} delay) says when to look again.
 */
public final class IncidentPipeline {

  /** How often a verify check, an approval or a related incident is looked at again. */
  public static final Duration POLL = Duration.ofSeconds(5);

  private static final Set<IncidentState> FIXING =
      EnumSet.of(
          IncidentState.REMEDIATING, IncidentState.VERIFYING, IncidentState.AWAITING_APPROVAL);

  private final Parts parts;
  private final Journal journal;
  private final Diagnoser diagnoser;
  private final KnownErrorMatcher matcher;
  private final SlaMonitor monitor;
  private final Remediation remediation;
  private final Closing closing;
  private final Optional<Consultation> reasoner;

  IncidentPipeline(
      Parts parts,
      Journal journal,
      SlaMonitor monitor,
      Closing closing,
      Remediation remediation,
      Diagnoser diagnoser,
      KnownErrorMatcher matcher,
      Optional<Consultation> reasoner) {
    this.parts = parts;
    this.journal = journal;
    this.monitor = monitor;
    this.closing = closing;
    this.remediation = remediation;
    this.diagnoser = diagnoser;
    this.matcher = matcher;
    this.reasoner = reasoner;
  }

  public Incident advance(Incident incident) {
    return switch (incident.state()) {
      case DETECTED -> diagnose(closing.move(incident, DIAGNOSING, "walking the tree"));
      case DIAGNOSING -> diagnose(incident);
      case REMEDIATING -> remediation.run(incident);
      case VERIFYING -> remediation.verify(incident);
      case AWAITING_APPROVAL -> remediation.awaitApproval(incident);
      case CORRELATED -> follow(incident);
      case RESOLVED, ESCALATED -> incident;
    };
  }

  private Incident diagnose(Incident incident) {
    int limit = parts.policy().limits().attemptsPerIncident();
    if (incident.progress().attempt() >= limit) {
      return closing.escalate(incident, limit + " attempts did not fix it");
    }
    Diagnosis diagnosis = diagnoser.diagnose(incident.sla());
    Findings.record(journal, incident, diagnosis);
    ChangeCorrelation.record(journal, parts, incident, diagnosis);
    if (!(diagnosis.rootCause() instanceof RootCause.Located located)) {
      SlaCheck now = monitor.measure(incident.sla());
      return now.status() instanceof SlaStatus.Met
          ? closing.resolve(incident, "recovered by itself while diagnosing: " + now.describe())
          : closing.escalate(incident, diagnosis.rootCause().reason() + "; " + now.describe());
    }
    NodeId cause = located.primary();
    if (!located.isCertain()) {
      return blind(incident, cause, located);
    }
    return switch (matcher.match(diagnosis)) {
      case Match.NoMatch none -> unexplained(incident, cause, none, diagnosis);
      case Match.Matched matched -> planFix(incident, cause, matched);
    };
  }

  // What could not be checked may be the real cause: acting on a guess is how an agent makes an
  // incident worse, so a human gets it with what was and was not seen.
  private Incident blind(Incident incident, NodeId cause, RootCause.Located located) {
    Incident withCause =
        closing.save(incident.with(incident.progress().diagnosed(cause), parts.clock().instant()));
    SlaCheck now = monitor.measure(incident.sla());
    if (now.status() instanceof SlaStatus.Met) {
      return closing.resolve(withCause, "recovered by itself while diagnosing: " + now.describe());
    }
    return closing.escalate(
        withCause,
        "blind below "
            + cause
            + ": "
            + located.unchecked().stream().map(NodeId::toString).collect(Collectors.joining(", "))
            + " could not be checked, so no action is taken on missing data");
  }

  // Nothing known to run: resolved if the SLA came back on its own meanwhile (a blip), else the
  // reasoner's (when one is configured and the cause is ours to act on) or a human's.
  private Incident unexplained(
      Incident incident, NodeId cause, Match.NoMatch none, Diagnosis diagnosis) {
    journal.record(
        incident,
        EventType.NO_KNOWN_ERROR,
        "no known error explains it"
            + (none.reasons().isEmpty() ? "" : ": " + String.join("; ", none.reasons())),
        signature(cause, diagnosis));
    Incident withCause =
        closing.save(incident.with(incident.progress().diagnosed(cause), parts.clock().instant()));
    SlaCheck now = monitor.measure(incident.sla());
    if (now.status() instanceof SlaStatus.Met) {
      return closing.resolve(withCause, "recovered by itself while diagnosing: " + now.describe());
    }
    if (!parts.tree().require(cause).type().isActionable()) {
      return closing.escalate(
          withCause, cause + " is external: Nightshift can only detect and alert");
    }
    return reasoner.isPresent()
        ? reasoner.get().consult(withCause, cause, diagnosis)
        : closing.escalate(
            withCause, "no known error explains " + cause + "; a human must diagnose it");
  }

  // What was seen at the root cause, kept so that what fixes it can be learned as a signature.
  private static Map<String, String> signature(NodeId cause, Diagnosis diagnosis) {
    Map<String, String> facts = new java.util.LinkedHashMap<>();
    facts.put(Teaching.SIGNATURE_NODE, cause.value());
    diagnosis
        .finding(cause)
        .flatMap(f -> f.errors().isEmpty() ? Optional.empty() : Optional.of(f.errors().getLast()))
        .ifPresent(line -> facts.put(Teaching.LOG_PATTERN, LogTemplate.of(line.text())));
    return facts;
  }

  private Incident planFix(Incident incident, NodeId cause, Match.Matched matched) {
    KnownError error = matched.error();
    journal.record(
        incident,
        EventType.KNOWN_ERROR_MATCHED,
        error.id() + " (" + error.rootCause() + "): " + String.join("; ", matched.evidence()),
        Map.of("known_error", error.id().toString()));
    Incident planned =
        closing.save(
            incident.with(
                incident.progress().startAttempt(Optional.of(cause), Optional.of(error.id())),
                parts.clock().instant()));
    if (error.fix().type() == FixType.ESCALATE) {
      closing.learnOccurrence(error.id());
      String message =
          error.fix().steps().stream()
              .filter(Step.Escalate.class::isInstance)
              .map(step -> ((Step.Escalate) step).message())
              .findFirst()
              .orElse("its fix is a human");
      return closing.escalate(planned, error.id() + " (" + error.rootCause() + "): " + message);
    }
    Optional<Incident> fixing =
        parts.stores().incidents().active().stream()
            .filter(other -> !other.id().equals(planned.id()) && FIXING.contains(other.state()))
            .filter(other -> other.progress().rootCause().equals(Optional.of(cause)))
            .findFirst();
    if (fixing.isPresent()) {
      Incident following =
          closing.save(
              planned.with(
                  planned.progress().following(fixing.get().id()), parts.clock().instant()));
      return closing.move(
          following,
          CORRELATED,
          "incident " + fixing.get().id() + " is already fixing " + cause + "; following it");
    }
    if (incident.progress().attempt() == 0) {
      closing.learnOccurrence(error.id()); // a follower is the same occurrence, not another
    }
    return remediation.run(
        closing.move(planned, IncidentState.REMEDIATING, "running " + error.id() + "'s fix"));
  }

  private Incident follow(Incident incident) {
    Incident related =
        parts
            .stores()
            .incidents()
            .find(incident.progress().relatedTo().orElseThrow())
            .orElseThrow();
    return switch (related.state()) {
      case RESOLVED -> {
        SlaCheck now = monitor.measure(incident.sla());
        yield now.status() instanceof SlaStatus.Breached
            ? closing.move(
                incident,
                DIAGNOSING,
                "incident " + related.id() + " resolved but " + now.describe())
            : closing.resolve(
                incident, "recovered with incident " + related.id() + "'s fix: " + now.describe());
      }
      case ESCALATED ->
          closing.escalate(
              incident, "incident " + related.id() + ", with the same root cause, was escalated");
      default ->
          closing.save(
              incident.with(
                  incident.progress().wakeAt(parts.clock().instant().plus(POLL)),
                  parts.clock().instant()));
    };
  }
}
