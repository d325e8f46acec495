package dev.nightshift.core.notify;

import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.IncidentState;
import dev.nightshift.core.incident.NewIncident;
import dev.nightshift.core.pipeline.Stores;
import dev.nightshift.core.policy.Approval;
import dev.nightshift.core.remediation.IdempotencyKey;
import dev.nightshift.core.sla.Severity;
import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.testing.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stores, a manual clock and the dispatcher and worker over them, for delivery tests against the
 * memory store and (after a restart) the SQLite one.
 */
public final class OutboxWorld {

  public static final Instant T0 = Instant.parse("2026-11-21T03:00:00Z");

  /** No jitter and a short send deadline, so that schedules are exact and hangs end quickly. */
  public static final DeliveryWorker.Settings SETTINGS =
      new DeliveryWorker.Settings(
          Duration.ofSeconds(5),
          Duration.ofMinutes(10),
          12,
          Duration.ofMillis(300),
          Duration.ofMillis(50),
          200,
          () -> 0L);

  public final ManualClock clock;
  public final List<String> errors = new CopyOnWriteArrayList<>();
  private final Stores stores;

  public OutboxWorld(Stores stores) {
    this(stores, new ManualClock(T0));
  }

  public OutboxWorld(Stores stores, ManualClock clock) {
    this.stores = stores;
    this.clock = clock;
  }

  public Stores stores() {
    return stores;
  }

  public Dispatcher dispatcher(Outlet... outlets) {
    return new Dispatcher(stores.deliveries(), List.of(outlets), clock, () -> {}, errors::add);
  }

  public DeliveryWorker worker(Outlet... outlets) {
    return worker(SETTINGS, outlets);
  }

  public DeliveryWorker worker(DeliveryWorker.Settings settings, Outlet... outlets) {
    return new DeliveryWorker(
        stores.deliveries(),
        stores.incidents(),
        stores.approvals(),
        stores.audit(),
        List.of(outlets),
        notice -> SampleReports.escalated(),
        clock,
        settings,
        errors::add);
  }

  /** An outlet with the default route of its type. */
  public static Outlet outlet(FakeChannel channel, String type) {
    return new Outlet(channel, Route.defaults(type), Outlet.DEFAULT_PER_MINUTE);
  }

  public Incident open(Severity severity) {
    return stores
        .incidents()
        .open(
            new NewIncident(
                new SlaId("data_freshness"), severity, "freshness 143s", clock.instant()));
  }

  public Incident close(Incident incident, IncidentState state) {
    Incident closed = incident.moveTo(state, clock.instant()).withReport("the report");
    stores.incidents().save(closed);
    return closed;
  }

  public Approval approval(Incident incident, int step) {
    Approval approval =
        Approval.request(
            IdempotencyKey.of(incident.id().value(), 1, step),
            incident.id().value(),
            "supervisor_restart consumer",
            "the assist phase asks",
            clock.instant(),
            clock.instant().plus(Duration.ofMinutes(15)));
    stores.approvals().save(approval);
    return approval;
  }

  public void advance(Duration step) {
    clock.advance(step);
  }
}
