package dev.nightshift.app.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.app.config.AgentSettings;
import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.IncidentState;
import dev.nightshift.core.notify.FakeChannel;
import dev.nightshift.core.notify.Notice;
import dev.nightshift.core.notify.Notifier;
import dev.nightshift.core.notify.OutboxWorld;
import dev.nightshift.core.notify.Route;
import dev.nightshift.core.notify.SampleReports;
import dev.nightshift.core.pipeline.MemoryStores;
import dev.nightshift.core.sla.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The configured notifiers become channels behind one notifier that also keeps the console. */
class NotificationsTest {

  private final OutboxWorld world = new OutboxWorld(MemoryStores.create());
  private final Map<String, FakeChannel> channels = new LinkedHashMap<>();
  private final List<String> console = new ArrayList<>();

  private static AgentSettings.Notifier notifier(String name, String type, Route route) {
    return new AgentSettings.Notifier(
        name, type, Map.of(), Map.of(), route, 20, Optional.empty(), List.of(), List.of());
  }

  private ChannelFactory factory() {
    return n -> channels.computeIfAbsent(n.name(), FakeChannel::new);
  }

  private Notifications notifications(List<AgentSettings.Notifier> notifiers) {
    return Notifications.create(
        notifiers,
        world.stores(),
        factory(),
        notice -> SampleReports.escalated(),
        Notifier.onClose((i, r) -> console.add("#" + i.id())),
        world.clock,
        world.errors::add);
  }

  @Test
  void tellsTheConsoleAndDeliversToEachRoutedNotifier() {
    Route escalationsOnly =
        Route.defaults("slack").with(Optional.of(Set.of("escalated")), Optional.empty());
    try (Notifications n =
        notifications(
            List.of(
                notifier("ops", "telegram", escalationsOnly),
                notifier("pager", "pagerduty", Route.defaults("pagerduty"))))) {
      Incident medium = world.close(world.open(Severity.MEDIUM), IncidentState.ESCALATED);

      n.notifier().notify(new Notice.Closed(medium, "the report"));
      n.worker().runDue();

      assertThat(console).containsExactly("#1");
      assertThat(channels.get("ops").sends())
          .containsExactly(
              new FakeChannel.Send(
                  "escalated", 1, Optional.empty(), SampleReports.escalated().title()));
      assertThat(channels.get("pager").sends()).isEmpty();
    }
  }

  @Test
  void refusesAChannelNamedOtherwiseThanItsNotifier() {
    ChannelFactory misnamed = n -> new FakeChannel("other");

    assertThatThrownBy(() ->
            Notifications.outlets(
                List.of(notifier("ops", "slack", Route.defaults("slack"))), misnamed))
        .hasMessage("the channel of notifier 'ops' is named 'other'");
  }
}
