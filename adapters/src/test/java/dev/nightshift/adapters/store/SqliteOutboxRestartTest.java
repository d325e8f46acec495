package dev.nightshift.adapters.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.IncidentState;
import dev.nightshift.core.notify.Delivery;
import dev.nightshift.core.notify.FakeChannel;
import dev.nightshift.core.notify.Notice;
import dev.nightshift.core.notify.OutboxWorld;
import dev.nightshift.core.notify.Outlet;
import dev.nightshift.core.notify.SendResult;
import dev.nightshift.core.sla.Severity;
import dev.nightshift.core.testing.ManualClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deliveries pending in the SQLite store when the agent stops are sent after it starts again. */
class SqliteOutboxRestartTest {

  @TempDir Path dir;

  @Test
  void sendsWhatWasPendingBeforeARestart() {
    String url = "jdbc:sqlite:" + dir.resolve("nightshift.db");
    ManualClock clock = new ManualClock(OutboxWorld.T0);
    FakeChannel before = new FakeChannel("ops-chat");
    try (SqliteStore store = SqliteStore.open(url)) {
      OutboxWorld world = new OutboxWorld(store.stores(), clock);
      Outlet chat = OutboxWorld.outlet(before, "slack");
      Incident first = world.close(world.open(Severity.HIGH), IncidentState.ESCALATED);
      Incident second = world.close(world.open(Severity.LOW), IncidentState.RESOLVED);
      world.dispatcher(chat).notify(new Notice.Closed(first, "r"));
      before.answering(new SendResult.Failed("HTTP 503", true, Optional.empty()));
      world.worker(chat).runDue();
      world.dispatcher(chat).notify(new Notice.Closed(second, "r"));
    }

    FakeChannel after = new FakeChannel("ops-chat");
    try (SqliteStore store = SqliteStore.open(url)) {
      OutboxWorld world = new OutboxWorld(store.stores(), clock);
      clock.advance(Duration.ofSeconds(5));
      world.worker(OutboxWorld.outlet(after, "slack")).runDue();

      assertThat(after.sends())
          .extracting(FakeChannel.Send::kind, FakeChannel.Send::incident)
          .containsExactly(tuple("escalated", 1L), tuple("resolved", 2L));
      assertThat(store.stores().deliveries().list(Optional.empty(), 5))
          .extracting(Delivery::state, Delivery::attempts)
          .containsExactly(tuple(Delivery.State.DELIVERED, 1), tuple(Delivery.State.DELIVERED, 2));
    }
  }
}
