package dev.nightshift.adapters.loki;

import dev.nightshift.adapters.net.Endpoint;
import dev.nightshift.core.measure.Durations;
import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.HealthStatus;
import dev.nightshift.core.telemetry.Healthcheck;
import dev.nightshift.core.telemetry.LogLine;
import dev.nightshift.core.telemetry.LogReading;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Loki as the source of a node's recent log lines, through {@code /loki/api/v1/query_range}: every
 * call has the endpoint's timeout, and every failure is a value naming Loki and the query.
 */
public final class Loki implements AutoCloseable {

  /**
   * Loki's default {@code max_entries_limit_per_query}; a larger limit is refused by the server.
   */
  public static final int MAX_LIMIT = 5000;

  private static final String QUERY_RANGE = "/loki/api/v1/query_range";

  private final Endpoint endpoint;
  private final Clock clock;
  private final LokiApi api;

  private Loki(Endpoint endpoint, Clock clock) {
    this.endpoint = endpoint;
    this.clock = clock;
    this.api = new LokiApi(endpoint);
  }

  /** A client for the Loki at {@code endpoint}; "recent" is measured on {@code clock}. */
  public static Loki connect(Endpoint endpoint, Clock clock) {
    return new Loki(
        Objects.requireNonNull(endpoint, "endpoint"), Objects.requireNonNull(clock, "clock"));
  }

  /**
   * The newest {@code limit} lines of the last {@code since} that {@code errorPattern} (a regex,
   * which Loki evaluates as RE2) matches, oldest first.
   *
   * @param lokiQuery the node's query, starting with a stream selector
   */
  public LogReading recentErrors(String lokiQuery, String errorPattern, Duration since, int limit) {
    Pattern.compile(errorPattern); // fails fast on an invalid regex, before Loki reports it
    return recent(LogQl.matching(lokiQuery, errorPattern), since, limit, endpoint.timeout());
  }

  /** The newest {@code limit} lines of the last {@code since}, oldest first. */
  public LogReading recentLines(String lokiQuery, Duration since, int limit) {
    return recent(LogQl.lines(lokiQuery), since, limit, endpoint.timeout());
  }

  /**
   * Healthy when the query has a line younger than the check's maximum age: a node that stopped
   * logging is taken to be stuck.
   */
  public Health recency(String lokiQuery, Healthcheck.LogRecency check) {
    Duration timeout = check.timeout().orElse(endpoint.timeout());
    return switch (recent(LogQl.lines(lokiQuery), check.maxAge(), 1, timeout)) {
      case LogReading.Unavailable u -> Health.unknown(u.reason());
      case LogReading.Lines l when l.lines().isEmpty() ->
          Health.unhealthy(
              "no log line in the last "
                  + Durations.format(check.maxAge().truncatedTo(ChronoUnit.MILLIS))
                  + " for "
                  + lokiQuery);
      case LogReading.Lines l -> fresh(l.lines().getLast(), check.maxAge());
    };
  }

  @Override
  public void close() {
    api.close();
  }

  private LogReading recent(String logQl, Duration since, int limit, Duration timeout) {
    if (since.isZero() || since.isNegative()) {
      throw new IllegalArgumentException("'since' must be positive: " + since);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("the limit must be 1 to " + MAX_LIMIT + ": " + limit);
    }
    Instant end = clock.instant();
    Map<String, String> params = new LinkedHashMap<>();
    params.put("query", logQl);
    params.put("start", LokiStreams.nanos(end.minus(since)));
    params.put("end", LokiStreams.nanos(end));
    params.put("limit", Integer.toString(limit));
    params.put("direction", "backward"); // the newest lines when there are more than the limit
    return switch (api.get(QUERY_RANGE, params, logQl, timeout)) {
      case LokiApi.Answer.Data d -> LokiStreams.lines(d.data(), logQl, limit);
      case LokiApi.Answer.Failed f -> f.why();
    };
  }

  private Health fresh(LogLine newest, Duration maxAge) {
    Duration age = Duration.between(newest.at(), clock.instant());
    double seconds = Math.max(0, age.toMillis() / 1000.0);
    return Health.measured(
        HealthStatus.HEALTHY,
        seconds,
        "newest log line "
            + Durations.format(Duration.ofMillis(Math.max(0, age.toMillis())))
            + " ago (max "
            + Durations.format(maxAge.truncatedTo(ChronoUnit.MILLIS))
            + ")");
  }
}
