package dev.nightshift.app.cli;

import dev.nightshift.core.measure.Durations;
import dev.nightshift.core.sla.Sla;
import dev.nightshift.core.sla.Sli;
import dev.nightshift.core.telemetry.Healthcheck;

/** Short human descriptions of tree elements, shared by the text and JSON outputs. */
final class Describe {

  private Describe() {}

  /** The method and its key parameters, e.g. {@code tcp_connect feed.example.com:443}. */
  static String healthcheck(Healthcheck check) {
    String detail =
        switch (check) {
          case Healthcheck.ConsumerLag c ->
              "group " + c.consumerGroup() + " lag <= " + c.lagThreshold();
          case Healthcheck.TopicFreshness t ->
              "topic " + t.topic() + " newer than " + Durations.format(t.maxAge());
          case Healthcheck.LogRecency l -> "a log line within " + Durations.format(l.maxAge());
          case Healthcheck.TcpConnect t -> t.host() + ":" + t.port();
          case Healthcheck.Http h -> h.httpMethod() + " " + h.url();
          case Healthcheck.PromQlCondition p -> p.condition().toString();
          case Healthcheck.PromQlQuery q -> "(" + q.expression() + ") " + q.bound();
          case Healthcheck.Redis r -> r.condition().map(Object::toString).orElse("PING");
          case Healthcheck.SupervisorState s ->
              s.process().or(s::group).orElseThrow() + " " + String.join("|", s.expectStates());
          case Healthcheck.Command c -> String.join(" ", c.argv());
        };
    return check.method() + " (" + detail + ")";
  }

  /** The promise and when it applies, e.g. {@code < 1m during PRIMARY_BUSINESS_HOURS}. */
  static String objective(Sla sla) {
    return sla.objective() + " during " + sla.window().name();
  }

  private static String sli(Sli sli) {
    return switch (sli) {
      case Sli.Query q -> "promql " + q.promql();
      case Sli.Probe p -> "probe " + healthcheck(p.check());
    };
  }

  /** How a breach becomes known. */
  static String measuredBy(Sla sla) {
    StringBuilder out = new StringBuilder();
    sla.sli().ifPresent(s -> out.append("sli ").append(sli(s)));
    sla.gatusCheck()
        .ifPresent(
            g -> out.append(out.isEmpty() ? "" : ", ").append("gatus \"").append(g).append('"'));
    if (!sla.alerts().isEmpty()) {
      out.append(out.isEmpty() ? "" : ", ")
          .append("alerts ")
          .append(String.join(", ", sla.alerts()));
    }
    return out.isEmpty() ? "nothing (no sli, gatus_check or alerts)" : out.toString();
  }
}
