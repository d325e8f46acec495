package dev.nightshift.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.adapters.store.SqliteStore;
import dev.nightshift.core.incident.EventType;
import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.IncidentState;
import dev.nightshift.core.incident.NewIncident;
import dev.nightshift.core.incident.TimelineEvent;
import dev.nightshift.core.pipeline.Stores;
import dev.nightshift.core.remediation.ActionClass;
import dev.nightshift.core.remediation.ActionOutcome;
import dev.nightshift.core.remediation.ActionRecord;
import dev.nightshift.core.remediation.IdempotencyKey;
import dev.nightshift.core.sla.Severity;
import dev.nightshift.core.sla.SlaId;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nightshift postmortem} and {@code nightshift report} on a SQLite store this test writes:
 * incident 1 resolved by ke-001 in 40s an hour ago, incident 2 escalated after 2m with a denied
 * action, and incident 3, ten days ago (the previous window), also ke-001.
 */
class ReportCommandsTest {

  @TempDir Path tmp;

  private String url;
  private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  @BeforeEach
  void storeWithThreeIncidents() {
    url = "jdbc:sqlite:" + tmp.resolve("nightshift.db").toAbsolutePath();
    try (SqliteStore store = SqliteStore.open(url)) {
      Stores s = store.stores();
      Incident one = open(s, "freshness", now.minus(Duration.ofHours(1)));
      matched(s, one, "ke-001");
      close(s, one, IncidentState.RESOLVED, Duration.ofSeconds(40), "fixed and verified");
      Incident two = open(s, "consumer_lag", now.minus(Duration.ofMinutes(30)));
      s.actions()
          .record(
              new ActionRecord(
                  IdempotencyKey.of(two.id().value(), 1, 0),
                  two.id().value(),
                  two.openedAt().plusSeconds(5),
                  "supervisor_restart",
                  ActionClass.RESTART_PROCESS,
                  "supervisor/consumer",
                  Optional.empty(),
                  ActionOutcome.DENIED,
                  "restart_process is denied in phase observe"));
      close(
          s, two, IncidentState.ESCALATED, Duration.ofMinutes(2), "no known error explains kafka");
      Incident three = open(s, "freshness", now.minus(Duration.ofDays(10)));
      matched(s, three, "ke-001");
      close(s, three, IncidentState.RESOLVED, Duration.ofSeconds(20), "fixed");
    }
  }

  @Test
  void draftsAMarkdownPostmortemOfAnIncident() {
    Cli run = Cli.run("postmortem", "2", "--store", url);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("# Postmortem: Incident 2 — consumer_lag (high) — ESCALATED after 2m")
        .contains(
            "| Duration | 2m |",
            "## What went wrong",
            "- Action denied: supervisor_restart on supervisor/consumer [restart_process]:"
                + " restart_process is denied in phase observe",
            "- [ ] Review why supervisor_restart on supervisor/consumer was denied");
  }

  @Test
  void printsTheReportAndThePostmortemSectionsAsJson() {
    Cli run = Cli.run("postmortem", "1", "--store", url, "--json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("{\"report\":{\"incident\":1,\"sla\":\"freshness\"")
        .contains("\"outcome\":\"resolved\"", "\"postmortem\":{\"duration_seconds\":40");
  }

  @Test
  void refusesAnUnknownIncidentWithAClearMessage() {
    Cli run = Cli.run("postmortem", "99", "--store", url);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("nightshift: no incident 99 in the store\n");
  }

  @Test
  void needsAConfigurationOrAStore() {
    Cli run = Cli.run("postmortem", "1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("nightshift: give --config CONFIG or --store URL");
  }

  @Test
  void summarisesTheWindowAgainstThePreviousOne() {
    Cli run = Cli.run("report", "--since", "7d", "--store", url);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains(
            "): 2\n",
            "  consumer_lag: 1 (escalated 1)\n",
            "  freshness: 1 (resolved 1)\n",
            "Auto-resolved: 1 of 2 (50%)",
            "MTTR: median 40s, p90 2m over 2",
            "  ke-001  1 = (1 before)\n",
            "  #2 consumer_lag: no known error explains kafka\n",
            "  #2 supervisor_restart on supervisor/consumer — denied: restart_process is denied"
                + " in phase observe\n");
  }

  @Test
  void countsOnlyTheWindowAskedFor() {
    Cli run = Cli.run("report", "--since", "45m", "--store", url, "--json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("\"incidents\":1", "\"by_sla\":{\"consumer_lag\":{\"escalated\":1}}");
  }

  @Test
  void refusesAWindowThatIsNotADuration() {
    Cli run = Cli.run("report", "--since", "7", "--store", url);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("nightshift: --since: '7' has no unit");
  }

  private static Incident open(Stores s, String sla, Instant at) {
    Incident i =
        s.incidents().open(new NewIncident(new SlaId(sla), Severity.HIGH, sla + " breached", at));
    s.timeline()
        .append(i.id(), new TimelineEvent(at, EventType.DETECTED, sla + " breached", Map.of()));
    return i;
  }

  private static void matched(Stores s, Incident i, String knownError) {
    s.timeline()
        .append(
            i.id(),
            new TimelineEvent(
                i.openedAt().plusSeconds(1),
                EventType.KNOWN_ERROR_MATCHED,
                knownError + " matched",
                Map.of("known_error", knownError)));
  }

  private static void close(Stores s, Incident i, IncidentState state, Duration after, String why) {
    Instant at = i.openedAt().plus(after);
    Incident diagnosing = i.moveTo(IncidentState.DIAGNOSING, at);
    s.incidents().save(diagnosing.moveTo(state, at));
    EventType type = state == IncidentState.RESOLVED ? EventType.RESOLVED : EventType.ESCALATED;
    s.timeline().append(i.id(), new TimelineEvent(at, type, why, Map.of()));
  }
}
