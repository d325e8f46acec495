package dev.nightshift.core.sla;

import dev.nightshift.core.telemetry.Healthcheck;
import java.util.Objects;

/** How the agent measures an SLA's indicator itself (rather than waiting for an external alert). */
public sealed interface Sli {

  /** The value of a PromQL expression, e.g. {@code time() - max(entity_last_write_seconds)}. */
  record Query(String promql) implements Sli {
    public Query {
      Objects.requireNonNull(promql, "promql");
      if (promql.isBlank()) {
        throw new IllegalArgumentException("an SLI query cannot be blank");
      }
    }

    @Override
    public String toString() {
      return "promql " + promql;
    }
  }

  /** The value a probe observes, e.g. the lag of a consumer group or the age of a topic's data. */
  record Probe(Healthcheck check) implements Sli {
    public Probe {
      Objects.requireNonNull(check, "check");
    }

    @Override
    public String toString() {
      return "probe " + check.method();
    }
  }
}
