package dev.nightshift.app.run;

import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.HealthStatus;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the agent can and cannot see right now: each telemetry source's last read, and a line on the
 * console whenever one goes dark or comes back, naming everything that depends on it. The pipeline
 * never acts on what could not be read; this tells the humans why it is not acting.
 */
final class Sight {

  /** A source that could not be read: since when, and the latest reason. */
  record Dark(Instant since, String reason) {}

  private final Sources sources;
  private final PrintWriter out;
  private final Clock clock;
  private final Map<String, Dark> dark = new LinkedHashMap<>();

  Sight(Sources sources, PrintWriter out, Clock clock) {
    this.sources = sources;
    this.out = out;
    this.clock = clock;
  }

  /** Records a health read through {@code source}; unknown means the source could not answer. */
  Health saw(String source, Health health) {
    if (health.status() == HealthStatus.UNKNOWN) {
      lost(source, health.reason());
    } else {
      back(source);
    }
    return health;
  }

  synchronized void lost(String source, String reason) {
    Dark before = dark.put(source, new Dark(clock.instant(), reason));
    if (before != null) {
      dark.put(source, new Dark(before.since(), reason));
      return;
    }
    Set<String> blind = sources.dependents(source);
    out.printf(
        "nightshift: BLIND  %s: %s%n            cannot see %s; no action is taken on missing data%n",
        source, reason, blind.isEmpty() ? "anything configured" : String.join(", ", blind));
    out.flush();
  }

  synchronized void back(String source) {
    Dark was = dark.remove(source);
    if (was != null) {
      out.printf(
          "nightshift: SIGHT  %s answers again after %ds%n",
          source, Duration.between(was.since(), clock.instant()).toSeconds());
      out.flush();
    }
  }

  /** The sources that cannot be read now, for status output and the API. */
  synchronized Map<String, Dark> dark() {
    return Map.copyOf(dark);
  }
}
