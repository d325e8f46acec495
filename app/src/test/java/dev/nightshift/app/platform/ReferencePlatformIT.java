package dev.nightshift.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.adapters.store.SqliteStore;
import dev.nightshift.app.testing.AgentProcess;
import dev.nightshift.core.incident.EventType;
import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.IncidentState;
import dev.nightshift.core.incident.TimelineEvent;
import dev.nightshift.core.pipeline.Stores;
import dev.nightshift.core.remediation.ActionOutcome;
import dev.nightshift.core.remediation.ActionRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The seed's pipeline for real (feed → ingestion → Kafka → consumer → Redis under supervisord,
 * Prometheus scraping it) with {@code nightshift run} watching it: each fault is injected with
 * {@code scripts/platform.sh chaos}, and the agent's incident, read back from its store, must be
 * the one the seed describes. Detection latency and time to recovery are printed per case and kept
 * with the reports in {@code app/target/e2e/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReferencePlatformIT {

  private static final Path OUT = Platform.ROOT.resolve("app/target/e2e");
  private static final double THRESHOLD_S = 10;
  private static final String LAST_WRITE =
      "max(max_over_time(entity_last_write_timestamp_seconds[10m]))";
  private static final String FRESHNESS = "time() - " + LAST_WRITE;
  private static final Duration INCIDENT_TIMEOUT = Duration.ofMinutes(2);
  private static final Duration CLOSE_TIMEOUT = Duration.ofMinutes(3);

  private Platform platform;
  private AgentProcess agent;
  private final List<String> figures = new ArrayList<>();

  @BeforeAll
  void up() throws IOException {
    Files.createDirectories(OUT.resolve("reports"));
    Files.deleteIfExists(OUT.resolve("agent.log"));
    try (var old = Files.list(OUT.resolve("reports"))) {
      for (Path report : old.toList()) {
        Files.delete(report);
      }
    }
    Instant start = Instant.now();
    platform = Platform.up(Files.createTempDirectory("nightshift-platform-"));
    figures.add("platform up in " + seconds(start, Instant.now()) + " s");
    agent =
        AgentProcess.start(
            platform.agentConfig(),
            OUT.resolve("agent.log"),
            Map.of(),
            "--reports",
            OUT.resolve("reports").toString(),
            "--quiet-nodes");
    awaitQuiet();
  }

  @AfterAll
  void down() throws IOException {
    try {
      if (agent != null) {
        figures.add(agent.log().lines().filter(l -> l.contains("ready")).findFirst().orElse("?"));
        figures.add("agent memory after the cases: " + memory(agent.pid()));
        int exit = agent.stop(Duration.ofSeconds(90));
        figures.add("agent stopped on SIGTERM with exit code " + exit);
        assertThat(agent.log()).contains("nightshift: stopped");
      }
    } finally {
      Files.write(OUT.resolve("figures.txt"), figures);
      figures.forEach(f -> System.out.println("e2e: " + f));
      if (platform != null) {
        platform.close();
      }
    }
  }

  @Test
  @Order(4)
  void redisClientExhaustionIsFixedByKillingIdleClientsUnderKe001() {
    Case c = inject("redis-clients");
    Incident closed = c.closed();

    assertThat(closed.state()).as(c.report()).isEqualTo(IncidentState.RESOLVED);
    assertThat(closed.progress().knownError()).map(Object::toString).contains("ke-001");
    assertThat(closed.progress().rootCause()).map(Object::toString).contains("redis_instance");
    assertThat(c.messages(EventType.NODE_CHECKED))
        .anySatisfy(m -> assertThat(m).startsWith("kafka_to_redis_consumer is unhealthy"))
        .anySatisfy(m -> assertThat(m).startsWith("kafka_entity_topic is healthy"))
        .anySatisfy(m -> assertThat(m).startsWith("redis_instance is unhealthy"));
    assertThat(c.actions())
        .singleElement()
        .satisfies(a -> {
          assertThat(a.type()).isEqualTo("redis_kill_idle_clients");
          assertThat(a.outcome()).isEqualTo(ActionOutcome.EXECUTED);
        });
    assertThat(c.messages(EventType.VERIFIED)).isNotEmpty();
    c.print();
  }

  @Test
  @Order(2)
  void aDeadConsumerIsRestartedAfterTheConfiguredFailureDelay() {
    Case c = inject("consumer-dead");
    Incident closed = c.closed();

    assertThat(closed.state()).as(c.report()).isEqualTo(IncidentState.RESOLVED);
    assertThat(closed.progress().knownError()).map(Object::toString).contains("ke-004");
    ActionRecord restart = c.actions().getFirst();
    assertThat(restart.type()).isEqualTo("supervisor_restart");
    assertThat(restart.outcome()).isEqualTo(ActionOutcome.EXECUTED);
    assertThat(restart.at()).isAfterOrEqualTo(closed.openedAt().plusSeconds(20));
    c.print();
  }

  @Test
  @Order(3)
  void theUpstreamFeedGoneIsEscalatedAsExternalWithoutAction() {
    Case c = inject("feed-down");
    Incident closed = c.closed();

    assertThat(closed.state()).as(c.report()).isEqualTo(IncidentState.ESCALATED);
    assertThat(closed.progress().rootCause()).map(Object::toString).contains("upstream_data_feed");
    assertThat(c.messages(EventType.ESCALATED))
        .singleElement()
        .asString()
        .contains("upstream_data_feed is external");
    assertThat(c.actions()).isEmpty();
    c.print();
  }

  @Test
  @Order(1)
  void anErrorNoKnownErrorExplainsIsEscalatedWithTheFullReportAndNoAction() {
    Case c = inject("redis-oom");
    Incident closed = c.closed();

    assertThat(closed.state()).as(c.report()).isEqualTo(IncidentState.ESCALATED);
    assertThat(c.messages(EventType.NO_KNOWN_ERROR)).isNotEmpty();
    assertThat(c.actions()).isEmpty();
    assertThat(c.report()).contains("OOM").contains("kafka_to_redis_consumer");
    c.print();
  }

  @Test
  @Order(5)
  void withPrometheusDownTheAgentSaysItIsBlindAndTakesNoAction() {
    int before = allIncidents().size();
    platform.supervisorctl("stop", "prometheus");
    try {
      agent.awaitLog("BLIND  prometheus", Duration.ofSeconds(30));
      platform.chaos("consumer-dead");
      Waits.pause(Duration.ofSeconds(30));

      assertThat(allIncidents()).hasSize(before);
      assertThat(agent.log()).contains("no action is taken on missing data");
    } finally {
      platform.supervisorctl("start", "prometheus");
      platform.heal();
    }
    agent.awaitLog("SIGHT  prometheus", Duration.ofSeconds(60));
    figures.add("prometheus down 30 s with the consumer dead: no incident, no action");
  }

  // ---- one case ----

  private Case inject(String fault) {
    Instant at = Instant.now();
    platform.chaos(fault);
    Incident opened =
        Waits.until(
            "an incident after " + fault,
            INCIDENT_TIMEOUT,
            () ->
                incidents(s -> s.incidents().recent(5)).stream()
                    .filter(i -> !i.openedAt().isBefore(at))
                    .findFirst());
    Incident closed =
        Waits.until(
            "incident #" + opened.id() + " to close",
            CLOSE_TIMEOUT,
            () -> incidents(s -> s.incidents().find(opened.id())).filter(i -> !i.isOpen()));
    Case c = new Case(fault, at, closed);
    platform.heal();
    awaitQuiet();
    return c;
  }

  // Fresh data again and seen so by the agent (an SLA check interval later), nothing open.
  private void awaitQuiet() {
    Waits.until(
        "fresh data and no open incident",
        Duration.ofMinutes(3),
        () -> {
          OptionalDouble f = platform.query(FRESHNESS, Instant.now());
          boolean fresh = f.isPresent() && f.getAsDouble() < THRESHOLD_S / 2;
          boolean idle = incidents(s -> s.incidents().active()).isEmpty();
          return fresh && idle ? Optional.of(true) : Optional.empty();
        });
    Waits.pause(Duration.ofSeconds(6));
  }

  private List<Incident> allIncidents() {
    return incidents(s -> s.incidents().recent(Integer.MAX_VALUE));
  }

  private <T> T incidents(Function<Stores, T> read) {
    try (SqliteStore store =
        SqliteStore.openExisting("jdbc:sqlite:" + platform.dir().resolve("nightshift.db"))) {
      return read.apply(store.stores());
    }
  }

  // Resident and peak resident memory of the agent's process, from the kernel.
  private static String memory(long pid) {
    try {
      return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
          .filter(l -> l.startsWith("VmRSS") || l.startsWith("VmHWM"))
          .map(l -> l.replaceAll("\\s+", " "))
          .reduce((a, b) -> a + ", " + b)
          .orElse("?");
    } catch (IOException e) {
      return "? (" + e.getMessage() + ")";
    }
  }

  private static long seconds(Instant from, Instant to) {
    return Duration.between(from, to).toSeconds();
  }

  private final class Case {
    final String fault;
    final Instant injected;
    final Incident closed;
    final List<TimelineEvent> events;
    final List<ActionRecord> actions;
    final double detectionS;
    final Optional<Double> recoveryS;

    Case(String fault, Instant injected, Incident closed) {
      this.fault = fault;
      this.injected = injected;
      this.closed = closed;
      this.events = incidents(s -> s.timeline().events(closed.id()));
      this.actions = incidents(s -> s.actions().forIncident(closed.id().value()));
      // The SLA broke when the newest data in Redis became older than the threshold.
      OptionalDouble lastWrite = platform.query(LAST_WRITE, closed.openedAt());
      double breach = lastWrite.orElse(Double.NaN) + THRESHOLD_S;
      this.detectionS = closed.openedAt().toEpochMilli() / 1000.0 - breach;
      this.recoveryS = recovery();
    }

    // When freshness was back within its threshold after detection, from Prometheus's record.
    private Optional<Double> recovery() {
      Instant detected = closed.openedAt();
      for (Instant t = detected; t.isBefore(Instant.now()); t = t.plusMillis(500)) {
        OptionalDouble f = platform.query(FRESHNESS, t);
        if (f.isPresent() && f.getAsDouble() < THRESHOLD_S) {
          return Optional.of(Duration.between(detected, t).toMillis() / 1000.0);
        }
      }
      return Optional.empty();
    }

    Incident closed() {
      return closed;
    }

    List<ActionRecord> actions() {
      return actions;
    }

    List<String> messages(EventType type) {
      return events.stream().filter(e -> e.type() == type).map(TimelineEvent::message).toList();
    }

    String report() {
      return closed.report().orElse("(no report)");
    }

    void print() {
      String line =
          String.format(
              "%-14s #%s %-9s detected %.1f s after the SLA broke (%.1f s after injection);"
                  + " %s",
              fault,
              closed.id(),
              closed.state(),
              detectionS,
              Duration.between(injected, closed.openedAt()).toMillis() / 1000.0,
              recoveryS
                  .map(r -> String.format("SLA back within threshold %.1f s after detection", r))
                  .orElse("SLA not back before the case ended"));
      figures.add(line);
      System.out.println("e2e: " + line);
    }
  }
}
