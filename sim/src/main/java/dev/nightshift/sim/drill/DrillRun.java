package dev.nightshift.sim.drill;

import dev.nightshift.core.incident.EventType;
import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.IncidentState;
import dev.nightshift.core.knowledge.LearnedState;
import dev.nightshift.core.pipeline.Stores;
import dev.nightshift.core.remediation.ActionRecord;
import dev.nightshift.sim.SimPlatform;
import dev.nightshift.sim.scenario.Fault;
import dev.nightshift.sim.scenario.Scenario;
import dev.nightshift.sim.score.ActionResult;
import dev.nightshift.sim.score.DrillOutcome;
import dev.nightshift.sim.score.DrillResult;
import dev.nightshift.sim.score.IncidentOutcome;
import dev.nightshift.sim.score.Scorecard;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a drill left behind: the incidents and stores of the agent, the simulated platform's own
 * record of what was executed and which rules were broken, and from these the scored outcome.
 *
 * @param reasonerCalls how often the scripted reasoner was asked, as it counted
 */
public record DrillRun(
    Scenario scenario,
    List<Incident> incidents,
    Stores stores,
    SimPlatform platform,
    int reasonerCalls) {

  public DrillRun {
    incidents = List.copyOf(incidents);
  }

  public DrillResult result() {
    return Scorecard.score(scenario, outcome());
  }

  /**
   * The facts the scorecard compares with the expectations. Executed actions and violations come
   * from the simulator, not from the agent's own records; detection latency and MTTR are measured
   * from the first fault.
   */
  public DrillOutcome outcome() {
    Optional<Instant> failedAt =
        scenario.faults().stream()
            .map(Fault::at)
            .min(Comparator.naturalOrder())
            .map(at -> scenario.start().plus(at));
    Optional<Incident> first = incidents.stream().findFirst();
    boolean allResolved =
        !incidents.isEmpty()
            && incidents.stream().allMatch(i -> i.state() == IncidentState.RESOLVED);
    Optional<Duration> mttr =
        allResolved && failedAt.isPresent()
            ? incidents.stream()
                .map(i -> i.closedAt().orElseThrow())
                .max(Comparator.naturalOrder())
                .map(closed -> positive(Duration.between(failedAt.get(), closed)))
            : Optional.empty();
    return new DrillOutcome(
        first.isPresent(),
        first.flatMap(i -> failedAt.map(f -> positive(Duration.between(f, i.openedAt())))),
        incidents.stream()
            .flatMap(i -> i.progress().rootCause().stream())
            .findFirst()
            .map(Object::toString),
        incidents.stream()
            .flatMap(i -> i.progress().knownError().stream())
            .findFirst()
            .map(Object::toString),
        decisions(),
        platform.executed().stream().map(e -> e.action().type()).toList(),
        approvalRequested(),
        allResolved,
        incidents.stream().anyMatch(i -> i.state() == IncidentState.ESCALATED),
        mttr,
        platform.violations().size(),
        reasonerCalls,
        stores.learned().all().stream()
            .filter(e -> e.state() == LearnedState.APPROVED)
            .map(e -> e.id().toString())
            .sorted()
            .toList(),
        incidents.stream().map(this::incident).toList());
  }

  private IncidentOutcome incident(Incident incident) {
    String key = "incident-" + incident.id().value() + "/";
    return new IncidentOutcome(
        incident.progress().rootCause().map(Object::toString),
        incident.progress().knownError().map(Object::toString),
        platform.executed().stream()
            .filter(e -> e.key().value().startsWith(key))
            .map(e -> e.action().type())
            .toList(),
        stores.timeline().events(incident.id()).stream()
            .anyMatch(e -> e.type() == EventType.APPROVAL_REQUESTED),
        incident.state() == IncidentState.RESOLVED,
        incident.state() == IncidentState.ESCALATED);
  }

  private List<ActionResult> decisions() {
    return incidents.stream()
        .flatMap(i -> stores.actions().forIncident(i.id().value()).stream())
        .sorted(Comparator.comparing(ActionRecord::at))
        .map(r -> new ActionResult(r.type(), name(r.resource()), r.outcome(), r.detail()))
        .toList();
  }

  private static String name(String resource) {
    int slash = resource.indexOf('/');
    return slash < 0 ? resource : resource.substring(slash + 1);
  }

  private static Duration positive(Duration d) {
    return d.isNegative() ? Duration.ZERO : d;
  }

  private boolean approvalRequested() {
    return incidents.stream()
        .flatMap(i -> stores.timeline().events(i.id()).stream())
        .anyMatch(e -> e.type() == EventType.APPROVAL_REQUESTED);
  }
}
