package dev.nightshift.core.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.IncidentState;
import dev.nightshift.core.pipeline.MemoryStores;
import dev.nightshift.core.sla.Severity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The default routes of each notifier type, as a matrix of notice kind and severity. */
class RouteTest {

  private final OutboxWorld world = new OutboxWorld(MemoryStores.create());

  /** "kind/severity" of every notice the route wants without looking at history. */
  private List<String> wanted(Route route) {
    List<String> out = new ArrayList<>();
    for (Severity severity : Severity.values()) {
      for (Notice notice : notices(severity)) {
        if (route.wants(notice)) {
          out.add(notice.kind() + "/" + severity);
        }
      }
    }
    return out;
  }

  private List<Notice> notices(Severity severity) {
    Incident open = world.open(severity);
    return List.of(
        new Notice.Opened(open),
        new Notice.ApprovalRequested(open, world.approval(open, 0)),
        new Notice.Closed(world.close(open, IncidentState.RESOLVED), "r"),
        new Notice.Closed(world.close(world.open(severity), IncidentState.ESCALATED), "r"),
        new Notice.Recovered(open, "by hand"));
  }

  @Test
  void chatNotifiersHearOfApprovalsAndEndingsOfEverySeverity() {
    for (String type : List.of("telegram", "slack", "webhook")) {
      assertThat(wanted(Route.defaults(type)))
          .as(type)
          .hasSize(16)
          .doesNotContain("opened/critical", "opened/low");
    }
  }

  @Test
  void pagerDutyIsPagedForEscalationsAndApprovalsOfCriticalAndHighOnly() {
    Route route = Route.defaults("pagerduty");

    assertThat(wanted(route))
        .containsExactly(
            "approval/critical", "escalated/critical", "approval/high", "escalated/high");
    assertThat(route.followUps()).containsExactlyInAnyOrder("resolved", "recovered");
  }

  @Test
  void gitHubOpensIssuesForEscalationsAndFollowsUpOnlyOnThem() {
    Route route = Route.defaults("github");

    assertThat(wanted(route))
        .containsExactly(
            "escalated/critical", "escalated/high", "escalated/medium", "escalated/low");
    assertThat(route.followUps()).containsExactlyInAnyOrder("resolved", "recovered");
  }

  @Test
  void writtenEventsAndSeveritiesReplaceTheDefaultsAndStopBeingFollowUps() {
    Route route =
        Route.defaults("pagerduty")
            .with(
                Optional.of(Set.of("escalated", "resolved")),
                Optional.of(EnumSet.of(Severity.LOW)));

    assertThat(wanted(route)).containsExactly("resolved/low", "escalated/low");
    assertThat(route.followUps()).containsExactly("recovered");
  }

  @Test
  void refusesAnUnknownNoticeKind() {
    assertThatThrownBy(() -> new Route(Set.of("paged"), Set.of(), Set.of()))
        .hasMessageContaining("unknown notice kind 'paged'");
  }
}
