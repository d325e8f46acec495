package dev.nightshift.core.notify;

import dev.nightshift.core.change.ChangeEvent;
import dev.nightshift.core.change.ChangeEvents;
import dev.nightshift.core.change.Correlation;
import dev.nightshift.core.incident.EventType;
import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.Timeline;
import dev.nightshift.core.incident.TimelineEvent;
import dev.nightshift.core.knowledge.KnownError;
import dev.nightshift.core.knowledge.RunbookHit;
import dev.nightshift.core.knowledge.RunbookSearch;
import dev.nightshift.core.notify.IncidentReport.ActionLine;
import dev.nightshift.core.notify.IncidentReport.Change;
import dev.nightshift.core.notify.IncidentReport.Entry;
import dev.nightshift.core.notify.IncidentReport.Impact;
import dev.nightshift.core.notify.IncidentReport.Link;
import dev.nightshift.core.notify.IncidentReport.PathStep;
import dev.nightshift.core.remediation.ActionLog;
import dev.nightshift.core.remediation.ActionRecord;
import dev.nightshift.core.topology.DependencyTree;
import dev.nightshift.core.topology.NodeId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds the channel-neutral {@link IncidentReport} of an incident at any stage from what the
 * stores keep about it, so the stored report, every chat channel and the postmortem tell the same
 * story.
 */
public final class ReportBuilder {

  private final DependencyTree tree;
  private final List<KnownError> knownErrors;
  private final ReportLinks links;
  private final Duration window;
  private final SeeRunbooks runbooks;

  /** A builder correlating changes up to {@link Correlation#WINDOW} before an incident opens. */
  public ReportBuilder(DependencyTree tree, List<KnownError> knownErrors, ReportLinks links) {
    this(tree, knownErrors, links, Correlation.WINDOW);
  }

  public ReportBuilder(
      DependencyTree tree, List<KnownError> knownErrors, ReportLinks links, Duration window) {
    this(tree, knownErrors, links, window, RunbookSearch.NONE);
  }

  /** A builder that also points each report at the runbooks {@code search} finds for it. */
  public ReportBuilder(
      DependencyTree tree,
      List<KnownError> knownErrors,
      ReportLinks links,
      Duration window,
      RunbookSearch search) {
    this.runbooks = new SeeRunbooks(Objects.requireNonNull(search, "search"));
    this.tree = Objects.requireNonNull(tree, "tree");
    this.knownErrors = List.copyOf(knownErrors);
    this.links = Objects.requireNonNull(links, "links");
    this.window = Objects.requireNonNull(window, "window");
    if (window.isNegative()) {
      throw new IllegalArgumentException("a correlation window cannot be negative: " + window);
    }
  }

  /** Reads the incident's timeline, actions and nearby changes from the stores, then builds. */
  public IncidentReport build(
      Incident incident, Timeline timeline, ActionLog actions, ChangeEvents changes, Instant now) {
    Instant until = incident.closedAt().orElse(now).plusMillis(1);
    return build(
        incident,
        timeline.events(incident.id()),
        actions.forIncident(incident.id().value()),
        changes.between(incident.openedAt().minus(window), until),
        now);
  }

  /**
   * The report as of {@code now} (which only matters while the incident is open). Changes outside
   * the window (from {@code window} before the opening until the close) are left out.
   */
  public IncidentReport build(
      Incident incident,
      List<TimelineEvent> events,
      List<ActionRecord> actions,
      List<ChangeEvent> changes,
      Instant now) {
    TimelineFacts facts = new TimelineFacts(events);
    Instant end = incident.closedAt().orElse(now);
    List<ChangeEvent> near =
        changes.stream()
            .filter(c -> !c.at().isBefore(incident.openedAt().minus(window)))
            .filter(c -> !c.at().isAfter(end))
            .toList();
    List<String> rootCause = facts.rootCause();
    Optional<KnownError> knownError = knownError(facts);
    List<PathStep> path = facts.path();
    List<ChangeEvent> suspects = suspects(near, path, rootCause);
    String sla = incident.sla().toString();
    List<RunbookHit> see = runbooks.hits(incident, rootCause, knownError, path);
    List<String> steps = new ArrayList<>(NextSteps.of(incident, facts, actions, suspects));
    steps.addAll(Hypotheses.nextSteps(facts));
    see.forEach(h -> steps.add(SeeRunbooks.step(h)));
    List<Link> evidence =
        new ArrayList<>(new Evidence(tree, links).links(incident, path, rootCause, knownError));
    see.forEach(h -> SeeRunbooks.link(h).ifPresent(evidence::add));
    return new IncidentReport(
        incident.id().value(),
        sla,
        tree.sla(incident.sla()).map(s -> s.description()).orElse(sla),
        incident.severity().toString(),
        incident.state().wireName(),
        title(incident, now),
        Summary.of(incident, facts, knownError, actions, suspects),
        incident.trigger(),
        incident.openedAt(),
        incident.closedAt(),
        impact(incident, rootCause),
        timeline(events),
        path,
        rootCause.stream().findFirst(),
        facts.last(EventType.DIAGNOSED).map(TimelineEvent::message),
        knownError
            .map(e -> e.id() + ": " + e.rootCause())
            .or(() -> facts.last(EventType.KNOWN_ERROR_MATCHED).map(TimelineEvent::message)),
        near.stream().map(ReportBuilder::change).toList(),
        actions.stream().map(ReportBuilder::action).toList(),
        Optional.of(
            facts.last(EventType.DETECTED).map(TimelineEvent::message).orElse(incident.trigger())),
        facts.closing().map(e -> e.facts().get("sla_now")),
        steps.stream().distinct().toList(),
        evidence.stream().distinct().toList(),
        Hypotheses.of(facts));
  }

  static String title(Incident incident, Instant now) {
    String head =
        "Incident " + incident.id() + " — " + incident.sla() + " (" + incident.severity() + ") — ";
    Duration took = Duration.between(incident.openedAt(), incident.closedAt().orElse(now));
    String state = incident.state().name().replace('_', ' ');
    return incident.isOpen()
        ? head + state + " (open for " + Words.took(took) + ")"
        : head + state + " after " + Words.took(took);
  }

  private Optional<KnownError> knownError(TimelineFacts facts) {
    return facts
        .last(EventType.KNOWN_ERROR_MATCHED)
        .map(e -> e.facts().get("known_error"))
        .flatMap(id -> knownErrors.stream().filter(k -> k.id().toString().equals(id)).findFirst());
  }

  private List<ChangeEvent> suspects(
      List<ChangeEvent> near, List<PathStep> path, List<String> rootCause) {
    List<String> ids = new ArrayList<>(rootCause);
    path.stream().filter(p -> !p.status().equals("healthy")).forEach(p -> ids.add(p.node()));
    var nodes =
        ids.stream()
            .distinct()
            .flatMap(id -> tree.nodes().stream().filter(n -> n.id().toString().equals(id)))
            .toList();
    return Correlation.touching(near, nodes);
  }

  private Impact impact(Incident incident, List<String> rootCause) {
    Optional<NodeId> root =
        rootCause.stream().findFirst().map(NodeId::new).filter(id -> tree.node(id).isPresent());
    if (root.isPresent()) {
      var impact = tree.impact(root.get());
      List<String> nodes = new ArrayList<>();
      nodes.add(root.get().toString());
      impact.nodes().forEach(n -> nodes.add(n.toString()));
      List<String> slas = impact.slas().stream().map(Object::toString).toList();
      return new Impact(slas.isEmpty() ? List.of(incident.sla().toString()) : slas, nodes);
    }
    List<String> nodes =
        tree.sla(incident.sla()).isPresent()
            ? tree.walk(incident.sla()).stream().map(NodeId::toString).toList()
            : List.of();
    return new Impact(List.of(incident.sla().toString()), nodes);
  }

  private static List<Entry> timeline(List<TimelineEvent> events) {
    return events.stream()
        .filter(e -> e.type() != EventType.NODE_CHECKED && e.type() != EventType.REPORTED)
        .map(e -> new Entry(e.at(), e.type().wireName(), e.message()))
        .toList();
  }

  private static Change change(ChangeEvent c) {
    return new Change(c.at(), c.service(), c.version(), c.author());
  }

  private static ActionLine action(ActionRecord a) {
    return new ActionLine(
        a.at(),
        a.type() + " on " + a.resource() + " [" + a.actionClass() + "]",
        a.outcome().wireName(),
        a.detail());
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
