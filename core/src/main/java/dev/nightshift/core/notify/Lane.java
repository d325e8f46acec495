package dev.nightshift.core.notify;

import dev.nightshift.core.audit.AuditRecord;
import dev.nightshift.core.incident.IncidentId;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one channel's due deliveries in order, one at a time, within its rate limit: the worker
 * runs one lane per channel, so a slow or failing channel holds up only itself.
 */
final class Lane {

  private final Outlet outlet;
  private final TokenBucket bucket;
  private final DeliveryWorker.Parts parts;
  private final Backoff backoff;

  Lane(Outlet outlet, DeliveryWorker.Parts parts, Backoff backoff) {
    this.outlet = outlet;
    this.parts = parts;
    this.backoff = backoff;
    this.bucket = new TokenBucket(outlet.perMinute(), parts.clock().instant());
  }

  /** Sends what is due; a notice waits while an earlier one of its incident is still pending. */
  void run(List<Delivery> due) {
    Set<IncidentId> held = new HashSet<>();
    for (Delivery delivery : due) {
      if (held.contains(delivery.incident()) || waitsForEarlier(delivery)) {
        held.add(delivery.incident());
        continue;
      }
      if (!bucket.tryTake(parts.clock().instant())) {
        return;
      }
      if (!attempt(delivery)) {
        held.add(delivery.incident());
      }
    }
  }

  // An update must not overtake the notice that opens the thread or issue it refers to.
  private boolean waitsForEarlier(Delivery delivery) {
    return parts.deliveries().of(delivery.incident()).stream()
        .anyMatch(d ->
            d.id() < delivery.id()
                && d.channel().equals(delivery.channel())
                && d.state() == Delivery.State.PENDING);
  }

  /** One attempt, recorded; answers whether it was delivered. */
  private boolean attempt(Delivery delivery) {
    SendResult result =
        switch (parts.notices().of(delivery)) {
          case StoredNotice.Rebuilt.Missing m -> new SendResult.Failed(m.reason(), false, none());
          case StoredNotice.Rebuilt.Found f -> send(delivery, f.notice());
        };
    Instant now = parts.clock().instant();
    int attempts = delivery.attempts() + 1;
    switch (result) {
      case SendResult.Sent sent -> {
        parts.deliveries().delivered(delivery.id(), now, sent.reference());
        audit(delivery, now, "notice.delivered", sent.reference().map(r -> " as " + r).orElse(""));
      }
      case SendResult.Failed f when !f.retryable() -> giveUp(delivery, now, f.reason());
      case SendResult.Failed f when attempts >= parts.settings().maxAttempts() ->
          giveUp(delivery, now, "gave up after " + attempts + " attempts: " + f.reason());
      case SendResult.Failed f ->
          parts
              .deliveries()
              .retry(delivery.id(), f.reason(), now.plus(backoff.after(attempts, f.retryAfter())));
    }
    return result instanceof SendResult.Sent;
  }

  // Kept in the store (the API lists it) and told at once: a human must know a channel is lost.
  private void giveUp(Delivery delivery, Instant now, String error) {
    parts.deliveries().failed(delivery.id(), error);
    audit(delivery, now, "notice.failed", ": " + error);
    parts
        .errors()
        .accept(
            "not delivered to %s (the %s notice of incident %s): %s"
                .formatted(delivery.channel(), delivery.kind(), delivery.incident(), error));
  }

  private void audit(Delivery delivery, Instant now, String kind, String detail) {
    parts
        .audit()
        .append(
            new AuditRecord(
                now,
                "agent",
                kind,
                "incident " + delivery.incident(),
                delivery.kind() + " notice to " + delivery.channel() + detail));
  }

  private SendResult send(Delivery delivery, Notice notice) {
    IncidentReport report;
    try {
      report = parts.reports().apply(notice);
    } catch (RuntimeException e) {
      return new SendResult.Failed("cannot write the report: " + e.getMessage(), true, none());
    }
    Optional<String> reference = parts.deliveries().reference(outlet.name(), delivery.incident());
    return guarded(() -> outlet.channel().send(notice, report, reference));
  }

  // The adapter has its own timeouts; this deadline catches one that forgot.
  private SendResult guarded(java.util.concurrent.Callable<SendResult> call) {
    ExecutorService executor = parts.executor();
    Future<SendResult> future = executor.submit(call);
    long millis = parts.settings().sendDeadline().toMillis();
    try {
      return future.get(millis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      return new SendResult.Failed(
          outlet.name() + " did not answer within " + parts.settings().sendDeadline(),
          true,
          none());
    } catch (ExecutionException e) {
      return new SendResult.Failed(
          outlet.name() + " threw " + e.getCause().getClass().getSimpleName(), true, none());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      future.cancel(true);
      return new SendResult.Failed("stopped while sending", true, none());
    }
  }

  private static Optional<java.time.Duration> none() {
    return Optional.empty();
  }
}
