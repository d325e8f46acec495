package dev.nightshift.core.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.IncidentState;
import dev.nightshift.core.pipeline.MemoryStores;
import dev.nightshift.core.sla.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Timelines of the worker with a manual clock and fake channels: "at t=0 Slack answers 502; at t=5s
 * it is tried again and delivered".
 */
class DeliveryWorkerTest {

  private static final SendResult.Failed BAD_GATEWAY =
      new SendResult.Failed("HTTP 502", true, Optional.empty());

  private final OutboxWorld world = new OutboxWorld(MemoryStores.create());
  private final FakeChannel chat = new FakeChannel("ops-chat");

  private Incident escalated(Severity severity) {
    return world.close(world.open(severity), IncidentState.ESCALATED);
  }

  private Delivery only() {
    return world.stores().deliveries().list(Optional.empty(), 1).getFirst();
  }

  @Test
  void sendsWhatIsDueRebuiltFromTheStoreAndMarksItDelivered() {
    Outlet outlet = OutboxWorld.outlet(chat, "slack");
    Incident incident = escalated(Severity.HIGH);
    world.dispatcher(outlet).notify(new Notice.Closed(incident, "old copy"));
    chat.answering(new SendResult.Sent(Optional.of("1700000000.000100")));

    world.worker(outlet).runDue();

    assertThat(chat.sends())
        .containsExactly(
            new FakeChannel.Send(
                "escalated", 1, Optional.empty(), SampleReports.escalated().title()));
    assertThat(only().state()).isEqualTo(Delivery.State.DELIVERED);
    assertThat(only().reference()).contains("1700000000.000100");
    assertThat(world.stores().audit().entries())
        .extracting(e -> e.record().kind(), e -> e.record().subject(), e -> e.record().detail())
        .containsExactly(
            tuple(
                "notice.delivered",
                "incident 1",
                "escalated notice to ops-chat as 1700000000.000100"));
  }

  @Test
  void retriesWithBackoffDoublingFromFiveSecondsUpToTenMinutes() {
    Outlet outlet = OutboxWorld.outlet(chat, "slack");
    world.dispatcher(outlet).notify(new Notice.Closed(escalated(Severity.HIGH), "r"));
    DeliveryWorker worker = world.worker(outlet);
    List<Duration> waits = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      chat.answering(BAD_GATEWAY);
      worker.runDue();
      waits.add(Duration.between(world.clock.instant(), only().nextAttemptAt()));
      world.clock.advance(waits.getLast());
    }

    assertThat(waits)
        .extracting(Duration::toSeconds)
        .containsExactly(5L, 10L, 20L, 40L, 80L, 160L, 320L, 600L, 600L, 600L);
    assertThat(chat.sends()).hasSize(10);
  }

  @Test
  void isNotSentAgainBeforeItsNextAttempt() {
    Outlet outlet = OutboxWorld.outlet(chat, "slack");
    world.dispatcher(outlet).notify(new Notice.Closed(escalated(Severity.HIGH), "r"));
    DeliveryWorker worker = world.worker(outlet);
    chat.answering(BAD_GATEWAY);
    worker.runDue();
    world.clock.advance(Duration.ofSeconds(4));
    worker.runDue();

    assertThat(chat.sends()).hasSize(1);
    world.clock.advance(Duration.ofSeconds(1));
    worker.runDue();
    assertThat(chat.sends()).hasSize(2);
    assertThat(only().state()).isEqualTo(Delivery.State.DELIVERED);
  }

  @Test
  void jitterShortensAWaitByAtMostAFifth() {
    Outlet outlet = OutboxWorld.outlet(chat, "slack");
    world.dispatcher(outlet).notify(new Notice.Closed(escalated(Severity.HIGH), "r"));
    DeliveryWorker.Settings s = OutboxWorld.SETTINGS;
    DeliveryWorker.Settings jittery =
        new DeliveryWorker.Settings(
            s.firstRetry(),
            s.maxRetry(),
            s.maxAttempts(),
            s.sendDeadline(),
            s.poll(),
            s.batch(),
            () -> -1L);
    chat.answering(BAD_GATEWAY);
    world.worker(jittery, outlet).runDue();

    Duration wait = Duration.between(world.clock.instant(), only().nextAttemptAt());
    assertThat(wait)
        .isLessThan(Duration.ofSeconds(5))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(4));
  }

  @Test
  void honoursTheWaitTheChannelAskedFor() {
    Outlet outlet = OutboxWorld.outlet(chat, "slack");
    world.dispatcher(outlet).notify(new Notice.Closed(escalated(Severity.HIGH), "r"));
    chat.answering(
        new SendResult.Failed(
            "HTTP 429 Too Many Requests", true, Optional.of(Duration.ofSeconds(90))));

    world.worker(outlet).runDue();

    assertThat(only().nextAttemptAt()).isEqualTo(OutboxWorld.T0.plusSeconds(90));
    assertThat(only().lastError()).contains("HTTP 429 Too Many Requests");
  }

  @Test
  void givesUpAtOnceWhenARetryCannotHelp() {
    Outlet outlet = OutboxWorld.outlet(chat, "slack");
    world.dispatcher(outlet).notify(new Notice.Closed(escalated(Severity.HIGH), "r"));
    chat.answering(new SendResult.Failed("HTTP 401: invalid_auth", false, Optional.empty()));

    world.worker(outlet).runDue();

    assertThat(only().state()).isEqualTo(Delivery.State.FAILED);
    assertThat(only().lastError()).contains("HTTP 401: invalid_auth");
    assertThat(only().attempts()).isEqualTo(1);
    assertThat(world.stores().audit().entries())
        .extracting(e -> e.record().kind(), e -> e.record().detail())
        .containsExactly(
            tuple("notice.failed", "escalated notice to ops-chat: HTTP 401: invalid_auth"));
    assertThat(world.errors)
        .containsExactly(
            "not delivered to ops-chat (the escalated notice of incident "
                + only().incident()
                + "): HTTP 401: invalid_auth");
  }

  @Test
  void givesUpAfterTwelveAttemptsAndKeepsTheDeliveryVisible() {
    Outlet outlet = OutboxWorld.outlet(chat, "slack");
    world.dispatcher(outlet).notify(new Notice.Closed(escalated(Severity.HIGH), "r"));
    DeliveryWorker worker = world.worker(outlet);
    for (int i = 0; i < 15; i++) {
      chat.answering(BAD_GATEWAY);
      worker.runDue();
      world.clock.advance(Duration.ofMinutes(10));
    }

    assertThat(chat.sends()).hasSize(12);
    assertThat(world.stores().deliveries().list(Optional.of(Delivery.State.FAILED), 5))
        .extracting(Delivery::attempts, Delivery::lastError)
        .containsExactly(tuple(12, Optional.of("gave up after 12 attempts: HTTP 502")));
  }

  @Test
  void aRateLimitedChannelDelaysDeliveriesInsteadOfDroppingThem() {
    Outlet outlet = new Outlet(chat, Route.defaults("slack"), 3);
    Dispatcher dispatcher = world.dispatcher(outlet);
    for (int i = 0; i < 5; i++) {
      dispatcher.notify(new Notice.Closed(escalated(Severity.HIGH), "r"));
    }
    DeliveryWorker worker = world.worker(outlet);

    worker.runDue();
    assertThat(chat.sends()).hasSize(3);
    world.clock.advance(Duration.ofSeconds(20));
    worker.runDue();
    assertThat(chat.sends()).hasSize(4);
    world.clock.advance(Duration.ofSeconds(20));
    worker.runDue();
    assertThat(chat.sends())
        .extracting(FakeChannel.Send::incident)
        .containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(world.stores().deliveries().list(Optional.of(Delivery.State.PENDING), 5)).isEmpty();
  }

  @Test
  void aHangingChannelDoesNotHoldUpAnother() {
    FakeChannel stuck = new FakeChannel("pager").hanging();
    Outlet pager = OutboxWorld.outlet(stuck, "pagerduty");
    Outlet slack = OutboxWorld.outlet(chat, "slack");
    world.dispatcher(pager, slack).notify(new Notice.Closed(escalated(Severity.CRITICAL), "r"));

    world.worker(pager, slack).runDue();
    stuck.release();

    assertThat(chat.sends()).hasSize(1);
    assertThat(world.stores().deliveries().list(Optional.empty(), 5))
        .extracting(Delivery::channel, Delivery::state, Delivery::lastError)
        .containsExactlyInAnyOrder(
            tuple("ops-chat", Delivery.State.DELIVERED, Optional.empty()),
            tuple(
                "pager",
                Delivery.State.PENDING,
                Optional.of("pager did not answer within PT0.3S")));
  }

  @Test
  void anUpdateWaitsForTheNoticeThatOpenedItsIssueAndCarriesItsReference() {
    FakeChannel issues = new FakeChannel("issues");
    Outlet github = OutboxWorld.outlet(issues, "github");
    Incident incident = escalated(Severity.MEDIUM);
    Dispatcher dispatcher = world.dispatcher(github);
    dispatcher.notify(new Notice.Closed(incident, "r"));
    dispatcher.notify(new Notice.Recovered(incident, "freshness 12s < 60s"));
    issues.answering(BAD_GATEWAY, new SendResult.Sent(Optional.of("42")));
    DeliveryWorker worker = world.worker(github);

    worker.runDue();
    world.clock.advance(Duration.ofSeconds(5));
    worker.runDue();

    assertThat(issues.sends())
        .extracting(FakeChannel.Send::kind, FakeChannel.Send::reference)
        .containsExactly(
            tuple("escalated", Optional.empty()),
            tuple("escalated", Optional.empty()),
            tuple("recovered", Optional.of("42")));
  }

  @Test
  void aNoticeWhoseApprovalIsGoneFailsWithTheReason() {
    Outlet outlet = OutboxWorld.outlet(chat, "slack");
    Incident incident = world.open(Severity.HIGH);
    world
        .stores()
        .deliveries()
        .enqueue("ops-chat", incident.id(), "approval", "incident-1/x", Instant.EPOCH);

    world.worker(outlet).runDue();

    assertThat(only().lastError()).contains("approval incident-1/x is not in the store");
    assertThat(only().state()).isEqualTo(Delivery.State.FAILED);
  }

  @Test
  void theBackgroundLoopSendsWhatIsEnqueued() throws Exception {
    Outlet outlet = OutboxWorld.outlet(chat, "slack");
    try (DeliveryWorker worker = world.worker(outlet)) {
      worker.start();
      world.dispatcher(outlet).notify(new Notice.Closed(escalated(Severity.HIGH), "r"));
      worker.wake();
      assertThat(chat.awaitSends(1, Duration.ofSeconds(10))).isTrue();
    }
    assertThat(only().state()).isEqualTo(Delivery.State.DELIVERED);
  }
}
