package dev.nightshift.core.notify;

import dev.nightshift.core.audit.AuditTrail;
import dev.nightshift.core.incident.IncidentStore;
import dev.nightshift.core.policy.Approvals;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Sends what the outbox holds: takes the due deliveries, rebuilds each notice and its report from
 * the store, sends it through its channel and records delivered, retry (with backoff) or failed.
 * Each channel is sent on its own virtual thread, so one slow or failing channel blocks no other.
 * What was delivered and what was given up is audited.
 */
public final class DeliveryWorker implements AutoCloseable {

  /**
   * How the worker paces itself.
   *
   * @param firstRetry the wait after the first failure, doubled after each next one
   * @param maxRetry the longest wait between two attempts
   * @param maxAttempts attempts after which a delivery is given up (failed)
   * @param sendDeadline how long one send may take before it counts as failed and retryable
   * @param poll how often the loop looks for due deliveries when nothing wakes it
   * @param batch how many due deliveries one round reads
   * @param jitter the randomness that spreads retries
   */
  public record Settings(
      Duration firstRetry,
      Duration maxRetry,
      int maxAttempts,
      Duration sendDeadline,
      Duration poll,
      int batch,
      RandomGenerator jitter) {

    public static final Settings DEFAULTS =
        new Settings(
            Duration.ofSeconds(5),
            Duration.ofMinutes(10),
            12,
            Duration.ofSeconds(30),
            Duration.ofSeconds(1),
            200,
            RandomGenerator.getDefault());

    public Settings {
      Objects.requireNonNull(firstRetry, "firstRetry");
      Objects.requireNonNull(maxRetry, "maxRetry");
      Objects.requireNonNull(sendDeadline, "sendDeadline");
      Objects.requireNonNull(poll, "poll");
      Objects.requireNonNull(jitter, "jitter");
      if (maxAttempts < 1 || batch < 1 || firstRetry.isNegative() || maxRetry.isNegative()) {
        throw new IllegalArgumentException("delivery settings out of range");
      }
    }
  }

  /** What the lanes share. */
  record Parts(
      Deliveries deliveries,
      AuditTrail audit,
      StoredNotice notices,
      Function<Notice, IncidentReport> reports,
      Clock clock,
      Settings settings,
      ExecutorService executor,
      Consumer<String> errors) {}

  private final Parts parts;
  private final Map<String, Lane> lanes = new LinkedHashMap<>();
  private final Set<String> busy = ConcurrentHashMap.newKeySet();
  private final Consumer<String> errors;
  private final Semaphore wake = new Semaphore(0);
  private volatile boolean running;
  private Thread loop;

  /**
   * @param reports writes the report a channel renders (the app passes its ReportBuilder)
   * @param errors where a store failure or a notice given up is told (a log); never a secret
   */
  public DeliveryWorker(
      Deliveries deliveries,
      IncidentStore incidents,
      Approvals approvals,
      AuditTrail audit,
      List<Outlet> outlets,
      Function<Notice, IncidentReport> reports,
      Clock clock,
      Settings settings,
      Consumer<String> errors) {
    this.parts =
        new Parts(
            Objects.requireNonNull(deliveries, "deliveries"),
            Objects.requireNonNull(audit, "audit"),
            new StoredNotice(incidents, approvals),
            Objects.requireNonNull(reports, "reports"),
            Objects.requireNonNull(clock, "clock"),
            Objects.requireNonNull(settings, "settings"),
            Executors.newVirtualThreadPerTaskExecutor(),
            Objects.requireNonNull(errors, "errors"));
    this.errors = errors;
    Backoff backoff = new Backoff(settings.firstRetry(), settings.maxRetry(), settings.jitter());
    for (Outlet outlet : outlets) {
      lanes.put(outlet.name(), new Lane(outlet, parts, backoff));
    }
  }

  /**
   * Sends everything due now and returns when every channel has had its turn: for drills, tests.
   */
  public void runDue() {
    for (Future<?> lane : round()) {
      try {
        lane.get();
      } catch (ExecutionException e) {
        errors.accept("a delivery lane failed: " + e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Starts sending in the background, on a virtual thread, until {@link #close()}. */
  public synchronized void start() {
    if (loop == null) {
      running = true;
      loop = Thread.ofVirtual().name("nightshift-deliveries").start(this::loop);
    }
  }

  /** Asks the background loop to look now: something was enqueued. */
  public void wake() {
    wake.release();
  }

  /**
   * Stops the loop, lets sends in flight finish within the send deadline and abandons the rest;
   * pending deliveries stay in the store for the next start.
   */
  @Override
  public synchronized void close() {
    running = false;
    wake.release();
    Duration grace = parts.settings().sendDeadline().plusSeconds(1);
    try {
      if (loop != null) {
        loop.join(grace);
      }
      parts.executor().shutdown();
      parts.executor().awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      parts.executor().shutdownNow();
    }
  }

  private void loop() {
    while (running) {
      try {
        round();
      } catch (RuntimeException e) {
        errors.accept("delivery round failed: " + e.getMessage());
      }
      try {
        wake.tryAcquire(parts.settings().poll().toMillis(), TimeUnit.MILLISECONDS);
        wake.drainPermits();
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** Starts one lane per channel with due deliveries, skipping a channel still busy from before. */
  private List<Future<?>> round() {
    Map<String, List<Delivery>> byChannel = new LinkedHashMap<>();
    try {
      for (Delivery d : parts.deliveries().due(parts.clock().instant(), parts.settings().batch())) {
        byChannel.computeIfAbsent(d.channel(), c -> new ArrayList<>()).add(d);
      }
    } catch (RuntimeException e) {
      errors.accept("cannot read the deliveries due: " + e.getMessage());
      return List.of();
    }
    List<Future<?>> started = new ArrayList<>();
    byChannel.forEach((channel, due) -> start(channel, due).ifPresent(started::add));
    return started;
  }

  private Optional<Future<?>> start(String channel, List<Delivery> due) {
    Lane lane = lanes.get(channel);
    if (lane == null) {
      due.forEach(d -> parts.deliveries().failed(d.id(), "no notifier named " + channel));
      return Optional.empty();
    }
    if (!busy.add(channel)) {
      return Optional.empty();
    }
    try {
      return Optional.of(parts.executor().submit(() -> runLane(channel, lane, due)));
    } catch (RejectedExecutionException e) {
      busy.remove(channel);
      return Optional.empty();
    }
  }

  private void runLane(String channel, Lane lane, List<Delivery> due) {
    try {
      lane.run(due);
    } catch (RuntimeException e) {
      errors.accept("cannot record deliveries to " + channel + ": " + e.getMessage());
    } finally {
      busy.remove(channel);
    }
  }
}
