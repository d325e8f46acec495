package dev.nightshift.core.notify;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The agent's notifier: routes each notice to the notifiers that want it and enqueues one durable
 * delivery for each, never sending inline, so a slow or failing channel cannot hold up the agent.
 */
public final class Dispatcher implements Notifier {

  private final Deliveries deliveries;
  private final List<Outlet> outlets;
  private final Clock clock;
  private final Runnable enqueued;
  private final Consumer<String> errors;
  private final AtomicLong failures = new AtomicLong();

  /**
   * @param enqueued called after a notice was enqueued, to wake the worker
   * @param errors where a store failure is told (a log); never a secret
   */
  public Dispatcher(
      Deliveries deliveries,
      List<Outlet> outlets,
      Clock clock,
      Runnable enqueued,
      Consumer<String> errors) {
    this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
    this.outlets = List.copyOf(outlets);
    this.clock = Objects.requireNonNull(clock, "clock");
    this.enqueued = Objects.requireNonNull(enqueued, "enqueued");
    this.errors = Objects.requireNonNull(errors, "errors");
  }

  @Override
  public void notify(Notice notice) {
    boolean any = false;
    for (Outlet outlet : outlets) {
      try {
        any |= routes(outlet, notice) && enqueue(outlet, notice);
      } catch (RuntimeException e) {
        failures.incrementAndGet();
        errors.accept(
            "cannot enqueue the "
                + notice.kind()
                + " notice of incident "
                + notice.incident().id()
                + " for "
                + outlet.name()
                + ": "
                + e.getMessage());
      }
    }
    if (any) {
      enqueued.run();
    }
  }

  /** How many notices could not be enqueued for some notifier since start. */
  public long failures() {
    return failures.get();
  }

  private boolean routes(Outlet outlet, Notice notice) {
    Route route = outlet.route();
    if (route.wants(notice)) {
      return true;
    }
    // A follow-up goes only where an earlier notice of the incident went (or is still going).
    return route.followsUp(notice)
        && deliveries.of(notice.incident().id()).stream()
            .anyMatch(d -> d.channel().equals(outlet.name()) && d.state() != Delivery.State.FAILED);
  }

  private boolean enqueue(Outlet outlet, Notice notice) {
    return deliveries.enqueue(
        outlet.name(), notice.incident().id(), notice.kind(), subject(notice), clock.instant());
  }

  /** What tells two notices of one kind for one incident apart. */
  static String subject(Notice notice) {
    return switch (notice) {
      case Notice.Opened o -> "";
      case Notice.ApprovalRequested a -> a.approval().key().value();
      case Notice.Closed c -> "";
      case Notice.Recovered r -> r.how();
    };
  }
}
