package dev.nightshift.app.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Every route of the API in one table, and the probes that need no token. */
final class Endpoints {

  static final String V1 = "/api/v1";

  private Endpoints() {}

  static Router router(AgentView view, AgentMetrics metrics, Clock clock) {
    metrics.watch(view);
    Router r = new Router();
    r.get("/healthz", Access.OPEN, q -> Reply.ok(Wire.object().put("status", "ok")));
    r.get("/readyz", Access.OPEN, q -> ready(view, clock));
    r.get(
        "/metrics",
        Access.VIEWER,
        q -> Reply.text(200, AgentMetrics.contentType(), metrics.scrape()));
    r.get("/", Access.OPEN, q -> StaticFiles.index());
    StatusEndpoints.register(r, view, clock);
    IncidentEndpoints.register(r, view);
    ApprovalEndpoints.register(r, view, clock);
    ControlEndpoints.register(r, view, clock);
    DeliveryEndpoints.register(r, view);
    LearningEndpoints.register(r, view);
    return r;
  }

  private static Reply ready(AgentView view, Clock clock) {
    Optional<String> reason = notReady(view, clock.instant());
    return reason
        .map(why -> Reply.json(503, Wire.object().put("status", "not ready").put("reason", why)))
        .orElseGet(() -> Reply.ok(Wire.object().put("status", "ready")));
  }

  private static Optional<String> notReady(AgentView view, Instant now) {
    try {
      view.stores().controls().killSwitch();
    } catch (RuntimeException e) {
      return Optional.of("the store does not answer");
    }
    Duration allowed = view.tickInterval().multipliedBy(3);
    Optional<Instant> tick = view.lastTick();
    if (tick.isEmpty()) {
      return Optional.of("the agent has not finished its first tick");
    }
    if (tick.get().plus(allowed).isBefore(now)) {
      return Optional.of(
          "the agent last ticked at " + tick.get() + ", over " + allowed.toSeconds() + "s ago");
    }
    return Optional.empty();
  }
}
