package dev.nightshift.core.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.IncidentId;
import dev.nightshift.core.incident.IncidentState;
import dev.nightshift.core.pipeline.MemoryStores;
import dev.nightshift.core.sla.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The dispatcher routes each notice and enqueues it durably, once, and never throws. */
class DispatcherTest {

  private final OutboxWorld world = new OutboxWorld(MemoryStores.create());
  private final FakeChannel chat = new FakeChannel("ops-chat");
  private final FakeChannel pager = new FakeChannel("pager");
  private final Dispatcher dispatcher =
      world.dispatcher(OutboxWorld.outlet(chat, "slack"), OutboxWorld.outlet(pager, "pagerduty"));

  private List<Delivery> enqueued() {
    return world.stores().deliveries().list(Optional.empty(), 100).reversed();
  }

  @Test
  void enqueuesEachNoticeForTheNotifiersItIsRoutedToWithoutSending() {
    Incident incident = world.open(Severity.CRITICAL);
    dispatcher.notify(new Notice.Opened(incident));
    dispatcher.notify(new Notice.ApprovalRequested(incident, world.approval(incident, 0)));

    assertThat(enqueued())
        .extracting(Delivery::channel, Delivery::kind, Delivery::subject, Delivery::state)
        .containsExactly(
            tuple("ops-chat", "approval", "incident-1/attempt-1/step-0", Delivery.State.PENDING),
            tuple("pager", "approval", "incident-1/attempt-1/step-0", Delivery.State.PENDING));
    assertThat(chat.sends()).isEmpty();
  }

  @Test
  void enqueuesTheSameNoticeOnlyOnce() {
    Incident escalated = world.close(world.open(Severity.HIGH), IncidentState.ESCALATED);
    dispatcher.notify(new Notice.Closed(escalated, "r"));
    dispatcher.notify(new Notice.Closed(escalated, "r"));

    assertThat(enqueued()).extracting(Delivery::channel).containsExactly("ops-chat", "pager");
  }

  @Test
  void resolvesOnThePagerOnlyWhatItWasPagedFor() {
    Incident paged = world.open(Severity.CRITICAL);
    Incident quiet = world.open(Severity.LOW);
    dispatcher.notify(new Notice.ApprovalRequested(paged, world.approval(paged, 0)));
    dispatcher.notify(new Notice.ApprovalRequested(quiet, world.approval(quiet, 0)));
    dispatcher.notify(new Notice.Closed(world.close(paged, IncidentState.RESOLVED), "r"));
    dispatcher.notify(new Notice.Closed(world.close(quiet, IncidentState.RESOLVED), "r"));

    assertThat(enqueued())
        .filteredOn(d -> d.channel().equals("pager"))
        .extracting(Delivery::incident, Delivery::kind)
        .containsExactly(tuple(paged.id(), "approval"), tuple(paged.id(), "resolved"));
  }

  @Test
  void aStoreFailureIsToldAndCountedButNeverThrown() {
    Deliveries broken =
        new Deliveries() {
          @Override
          public boolean enqueue(String c, IncidentId i, String k, String s, Instant at) {
            throw new IllegalStateException("store nightshift.db: disk I/O error");
          }

          @Override
          public List<Delivery> due(Instant now, int limit) {
            return List.of();
          }

          @Override
          public void delivered(long id, Instant at, Optional<String> reference) {}

          @Override
          public void retry(long id, String error, Instant next) {}

          @Override
          public void failed(long id, String error) {}

          @Override
          public List<Delivery> list(Optional<Delivery.State> state, int limit) {
            return List.of();
          }

          @Override
          public List<Delivery> of(IncidentId incident) {
            return List.of();
          }

          @Override
          public Optional<String> reference(String channel, IncidentId incident) {
            return Optional.empty();
          }
        };
    Dispatcher failing =
        new Dispatcher(
            broken,
            List.of(OutboxWorld.outlet(chat, "telegram")),
            world.clock,
            () -> {},
            world.errors::add);
    Incident escalated = world.close(world.open(Severity.HIGH), IncidentState.ESCALATED);

    failing.notify(new Notice.Closed(escalated, "r"));

    assertThat(failing.failures()).isEqualTo(1);
    assertThat(world.errors)
        .containsExactly(
            "cannot enqueue the escalated notice of incident 1 for ops-chat:"
                + " store nightshift.db: disk I/O error");
  }
}
