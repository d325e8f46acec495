package dev.nightshift.core.pipeline;

import dev.nightshift.core.diagnosis.Diagnoser;
import dev.nightshift.core.diagnosis.Diagnosis;
import dev.nightshift.core.incident.EventType;
import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.IncidentId;
import dev.nightshift.core.incident.IncidentState;
import dev.nightshift.core.incident.IncidentStore;
import dev.nightshift.core.incident.NewIncident;
import dev.nightshift.core.knowledge.KnownErrorMatcher;
import dev.nightshift.core.knowledge.Learning;
import dev.nightshift.core.notify.Notice;
import dev.nightshift.core.policy.PolicyGate;
import dev.nightshift.core.reasoning.HypothesisValidator;
import dev.nightshift.core.reasoning.Investigator;
import dev.nightshift.core.reasoning.ReadOnlyTools;
import dev.nightshift.core.reasoning.Reasoner;
import dev.nightshift.core.reasoning.Reasoning;
import dev.nightshift.core.sla.Sla;
import dev.nightshift.core.sla.SlaCheck;
import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.sla.SlaMonitor;
import dev.nightshift.core.sla.SlaStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The agent loop. Each {@link #tick()} measures the SLAs that are due, turns breaches and external
 * alerts into incidents (one open incident per SLA; later signals attach to it), and moves every
 * open incident that is due one stage further. The daemon ticks on the wall clock, a drill on a
 * virtual one.
 */
public final class Agent {

  private final Parts parts;
  private final SlaMonitor monitor;
  private final Journal journal;
  private final IncidentPipeline pipeline;
  private final Closing closing;
  private final Diagnoser diagnoser;
  private final Learning learning;
  private final Teaching teaching;
  private final Optional<Investigator> investigator;
  private final ConcurrentLinkedQueue<ExternalAlert> alerts = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<Resolution> resolutions = new ConcurrentLinkedQueue<>();
  // SLAs whose last incident was escalated and that have not been seen within objective since:
  // a human has it, and a new incident every interval would only be noise.
  private final Set<SlaId> handedOver = new HashSet<>();
  private final Set<IncidentId> queued = new HashSet<>();

  public Agent(Parts parts) {
    this.parts = parts;
    this.monitor =
        new SlaMonitor(parts.tree().slas(), parts.slaInterval(), parts.sli(), parts.clock());
    this.journal = new Journal(parts.stores().timeline(), parts.stores().audit(), parts.clock());
    this.learning =
        new Learning(
            parts.knownErrors(),
            parts.stores().learned(),
            parts.reader(),
            parts.stores().audit(),
            parts.clock());
    this.teaching = new Teaching(parts.stores(), learning, parts.clock());
    for (String problem : learning.activateApproved()) {
      parts
          .stores()
          .audit()
          .append(
              new dev.nightshift.core.audit.AuditRecord(
                  parts.clock().instant(), "agent", "known_error.inactive", "learning", problem));
    }
    Plans plans = new Plans(parts);
    this.closing = new Closing(parts, journal, monitor, plans, teaching);
    PolicyGate gate =
        new PolicyGate(
            parts.policy(),
            parts.stores().controls(),
            parts.stores().actions(),
            parts.tree().nodes().size(),
            parts.clock());
    this.diagnoser =
        new Diagnoser(
            parts.tree(),
            parts.prober(),
            parts.logs(),
            parts.metrics(),
            parts.checks(),
            parts.clock());
    KnownErrorMatcher matcher = new KnownErrorMatcher(parts.knownErrors()::all, parts.metrics());
    ActionStep actions = new ActionStep(parts, journal, monitor, closing, gate, diagnoser, matcher);
    Remediation remediation = new Remediation(parts, journal, monitor, closing, actions, plans);
    this.investigator = parts.reasoning().reasoner().map(r -> investigator(parts, r));
    this.pipeline =
        new IncidentPipeline(
            parts,
            journal,
            monitor,
            closing,
            remediation,
            diagnoser,
            matcher,
            investigator.map(i -> new Consultation(parts, journal, closing, remediation, i)));
    // One read of the store: the newest incident of each SLA decides whether a human has it.
    Set<SlaId> seen = new HashSet<>();
    for (Incident i : incidents().recent(Integer.MAX_VALUE)) {
      if (seen.add(i.sla()) && i.state() == IncidentState.ESCALATED) {
        handedOver.add(i.sla());
      }
    }
  }

  private Investigator investigator(Parts parts, Reasoner reasoner) {
    Reasoning r = parts.reasoning();
    ReadOnlyTools tools =
        new ReadOnlyTools(
            new ReadOnlyTools.Sources(
                parts.tree(),
                diagnoser,
                parts.logs(),
                parts.metrics(),
                r.runbooks(),
                parts.stores().changes(),
                parts.knownErrors(),
                parts.stores().incidents(),
                parts.clock()));
    return new Investigator(
        new Investigator.Setup(
            reasoner,
            r.confirmer(),
            r.settings(),
            r.redactor(),
            tools,
            new HypothesisValidator(parts.tree(), parts.reader()),
            parts.reader().catalog(),
            parts.stores().spend(),
            parts.stores().audit(),
            parts.clock()));
  }

  /** The reasoner behind its budgets and validator, when one is configured. */
  public Optional<Investigator> investigator() {
    return investigator;
  }

  /** Proposing, approving and rejecting learned known errors; approval makes them active. */
  public Learning learning() {
    return learning;
  }

  /** Records what a human says fixed a closed incident, as a proposed known error. */
  public Teaching teaching() {
    return teaching;
  }

  /**
   * A read-only walk of the tree under {@code sla} now, for a human asking (the {@code diagnose}
   * command, the chat): no incident is opened, nothing is recorded, nothing is done.
   */
  public Diagnosis diagnose(SlaId sla) {
    if (parts.tree().sla(sla).isEmpty()) {
      throw new IllegalArgumentException("there is no SLA " + sla);
    }
    return diagnoser.diagnose(sla);
  }

  /** Queues an external alert; the next tick opens or attaches it. */
  public void alert(ExternalAlert alert) {
    alerts.add(alert);
  }

  /**
   * Queues the news that an external alert stopped firing at {@code at}; the next tick notes it on
   * the timeline of the incident it concerns (the SLA's open one, else its newest), so whoever
   * reads the incident sees the signal went away. It opens nothing and closes nothing: recovery is
   * judged by the SLA, not by the alert.
   */
  public void resolved(ExternalAlert alert, Instant at) {
    resolutions.add(new Resolution(alert, at));
  }

  public void tick() {
    for (SlaCheck check : monitor.checkDue()) {
      switch (check.status()) {
        case SlaStatus.Breached b -> {
          if (!handedOver.contains(check.sla().id())) {
            openOrAttach(check.sla(), check.describe(), Optional.empty());
          }
        }
        case SlaStatus.Met m -> {
          if (handedOver.remove(check.sla().id())) {
            lastIncident(check.sla().id())
                .ifPresent(i -> parts.notifier().notify(new Notice.Recovered(i, check.describe())));
          }
        }
        case SlaStatus.OutsideWindow o -> {}
        case SlaStatus.Unmeasured u -> {}
      }
    }
    for (ExternalAlert alert = alerts.poll(); alert != null; alert = alerts.poll()) {
      for (Sla sla : slasNamedBy(alert)) {
        String trigger = alert.source() + ": " + alert.summary();
        if (handedOver.contains(sla.id()) && sla.sli().isPresent()) {
          lastIncident(sla.id())
              .ifPresent(
                  i -> journal.record(i, EventType.SIGNAL_ATTACHED, "also fired: " + trigger));
        } else {
          openOrAttach(sla, trigger, Optional.of(alert));
        }
      }
    }
    noteResolutions();
    advanceWithinLimit();
  }

  private void noteResolutions() {
    for (Resolution r = resolutions.poll(); r != null; r = resolutions.poll()) {
      for (Sla sla : slasNamedBy(r.alert())) {
        note(sla, r);
      }
    }
  }

  private void note(Sla sla, Resolution r) {
    String message =
        "alert " + r.alert().name().orElse(r.alert().summary()) + " resolved at " + r.at();
    Map<String, String> facts =
        Map.of("source", r.alert().source(), "resolved_at", r.at().toString());
    incidents().active().stream()
        .filter(i -> i.sla().equals(sla.id()))
        .findFirst()
        .or(() -> lastIncident(sla.id()))
        .ifPresent(i -> journal.record(i, EventType.SIGNAL_ATTACHED, message, facts));
  }

  // At most max_concurrent_incidents incidents are worked on; the others wait, detected and
  // recorded, oldest first, for a slot.
  private void advanceWithinLimit() {
    List<Incident> active = incidents().active();
    long working = active.stream().filter(i -> i.state() != IncidentState.DETECTED).count();
    for (Incident incident : active) {
      boolean waiting = incident.state() == IncidentState.DETECTED;
      if (waiting && working >= parts.maxConcurrentIncidents()) {
        if (queued.add(incident.id())) {
          journal.record(
              incident,
              EventType.QUEUED,
              "queued: "
                  + working
                  + " incidents are being worked on (max_concurrent_incidents "
                  + parts.maxConcurrentIncidents()
                  + ")");
        }
        continue;
      }
      if (!incident.progress().isDue(parts.clock().instant())) {
        continue;
      }
      Incident after = advanceGuarded(incident);
      working += waiting && after.isOpen() ? 1 : 0;
      if (after.state() == IncidentState.ESCALATED) {
        handedOver.add(incident.sla());
      }
    }
  }

  // A bug while handling one incident must not stop the others, nor leave this one silently
  // stuck: it is escalated with what went wrong, and the audit trail keeps it.
  private Incident advanceGuarded(Incident incident) {
    try {
      return pipeline.advance(incident);
    } catch (RuntimeException e) {
      Incident current = incidents().find(incident.id()).orElse(incident);
      if (!current.isOpen()) {
        throw e;
      }
      return closing.escalate(
          current, "Nightshift failed while handling it (a bug; please report it): " + e);
    }
  }

  private void openOrAttach(Sla sla, String trigger, Optional<ExternalAlert> alert) {
    Optional<Incident> open =
        incidents().active().stream().filter(i -> i.sla().equals(sla.id())).findFirst();
    if (open.isPresent()) {
      alert.ifPresent(
          a -> journal.record(open.get(), EventType.SIGNAL_ATTACHED, "also fired: " + trigger));
      return;
    }
    Incident opened =
        incidents()
            .open(new NewIncident(sla.id(), sla.severity(), trigger, parts.clock().instant()));
    journal.record(opened, EventType.DETECTED, trigger, Map.of("sla", sla.id().toString()));
    parts.notifier().notify(new Notice.Opened(opened));
  }

  // An alert names an SLA directly, through its gatus_check or alert names, or names a node, in
  // which case it concerns the SLAs that node's failure breaks: those with an open incident if
  // any (it attaches), else the first.
  private List<Sla> slasNamedBy(ExternalAlert alert) {
    List<Sla> named = new ArrayList<>();
    for (Sla sla : parts.tree().slas()) {
      boolean byId = alert.sla().equals(Optional.of(sla.id()));
      boolean byName =
          alert.name().isPresent()
              && (sla.gatusCheck().equals(alert.name())
                  || sla.alerts().contains(alert.name().get()));
      if (byId || byName) {
        named.add(sla);
      }
    }
    if (alert.node().isPresent() && parts.tree().node(alert.node().get()).isPresent()) {
      List<SlaId> impacted = parts.tree().impact(alert.node().get()).slas();
      Set<SlaId> withIncident = new HashSet<>();
      incidents().active().forEach(i -> withIncident.add(i.sla()));
      List<Sla> open =
          impacted.stream()
              .filter(withIncident::contains)
              .map(id -> parts.tree().sla(id).orElseThrow())
              .toList();
      named.addAll(
          open.isEmpty()
              ? impacted.stream().limit(1).map(id -> parts.tree().sla(id).orElseThrow()).toList()
              : open);
    }
    return named.stream().distinct().toList();
  }

  // Only for an alert on an SLA a human already has, or its recovery: rare, so a scan is fine.
  private Optional<Incident> lastIncident(SlaId sla) {
    return incidents().recent(Integer.MAX_VALUE).stream()
        .filter(i -> i.sla().equals(sla))
        .findFirst();
  }

  private record Resolution(ExternalAlert alert, Instant at) {}

  private IncidentStore incidents() {
    return parts.stores().incidents();
  }
}
