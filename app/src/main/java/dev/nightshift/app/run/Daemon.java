package dev.nightshift.app.run;

import dev.nightshift.core.audit.AuditRecord;
import dev.nightshift.core.audit.AuditTrail;
import dev.nightshift.core.pipeline.Agent;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Ticks the agent on one thread until stopped. A stop lets the tick in flight finish (its actions
 * complete and are recorded) for up to a grace period; one still running after that is recorded in
 * the audit trail as interrupted, and the next start resumes its incident from the store.
 */
public final class Daemon {

  private final Agent agent;
  private final AuditTrail audit;
  private final String name;
  private final PrintWriter out;
  private final Clock clock;
  private final CountDownLatch firstTick = new CountDownLatch(1);
  private volatile Optional<Instant> lastTick = Optional.empty();
  private final ScheduledExecutorService scheduler =
      Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "nightshift-agent"));

  public Daemon(Agent agent, AuditTrail audit, String name, PrintWriter out, Clock clock) {
    this.agent = agent;
    this.audit = audit;
    this.name = name;
    this.out = out;
    this.clock = clock;
  }

  public void start(Duration tick) {
    audit("agent_started", "watching");
    scheduler.scheduleWithFixedDelay(this::tick, 0, tick.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Stops ticking; true when the tick in flight, if any, finished within {@code grace}. */
  public boolean stop(Duration grace) {
    scheduler.shutdown();
    boolean finished;
    try {
      finished = scheduler.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      finished = false;
    }
    if (finished) {
      audit("agent_stopped", "stopped cleanly; open incidents resume at the next start");
    } else {
      audit(
          "agent_interrupted",
          "stopped with work in flight after a grace of "
              + grace.toSeconds()
              + "s; the interrupted step is not re-run at the next start");
      scheduler.shutdownNow();
    }
    return finished;
  }

  // A failing tick must not end the schedule (an exception would cancel every later run).
  private void tick() {
    try {
      agent.tick();
      lastTick = Optional.of(clock.instant());
    } catch (RuntimeException e) {
      out.println("nightshift: the agent's tick failed (a bug; please report it): " + e);
      out.flush();
    } finally {
      firstTick.countDown();
    }
  }

  /** When the last tick finished without failing; empty before the first. */
  public Optional<Instant> lastTick() {
    return lastTick;
  }

  /** Waits until the first tick (every SLA measured once) is done; false on timeout. */
  public boolean awaitFirstTick(Duration timeout) throws InterruptedException {
    return firstTick.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void audit(String kind, String detail) {
    audit.append(new AuditRecord(clock.instant(), "nightshift", kind, name, detail));
  }
}
