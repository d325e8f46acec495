package dev.nightshift.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.adapters.store.SqliteStore;
import dev.nightshift.app.config.Config;
import dev.nightshift.app.config.ConfigLoader;
import dev.nightshift.app.drill.ScenarioReader;
import dev.nightshift.core.audit.AuditChain;
import dev.nightshift.core.incident.EventType;
import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.IncidentId;
import dev.nightshift.core.incident.IncidentState;
import dev.nightshift.core.incident.TimelineEvent;
import dev.nightshift.core.knowledge.KnownErrorId;
import dev.nightshift.core.knowledge.KnownErrorStats;
import dev.nightshift.core.pipeline.Agent;
import dev.nightshift.core.pipeline.Stores;
import dev.nightshift.core.remediation.ActionOutcome;
import dev.nightshift.core.remediation.ActionRecord;
import dev.nightshift.sim.SimPlatform;
import dev.nightshift.sim.VirtualClock;
import dev.nightshift.sim.drill.AgentSetup;
import dev.nightshift.sim.drill.DrillRunner;
import dev.nightshift.sim.scenario.Fault;
import dev.nightshift.sim.scenario.Scenario;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent's durable state survives a restart: each "life" is a new agent on a new simulated
 * platform and clock, over the same SQLite file, which is closed between lives. The scenario is the
 * seed's ke-001 (Redis client exhaustion, fixed by killing idle clients with docker_exec).
 */
class RestartDurabilityTest {

  private static final Path EXAMPLE = Path.of("../examples/freshness-pipeline");
  private static final Path KE_001 = EXAMPLE.resolve("drills/ke-001-redis-client-exhaustion.yaml");
  private static final IncidentId FIRST = new IncidentId(1);
  private static final KnownErrorId KE_001_ID = new KnownErrorId("ke-001");

  @TempDir Path tmp;

  private String url;
  private Config config;
  private Scenario ke001;

  @BeforeEach
  void exampleConfigAndScenario() {
    url = "jdbc:sqlite:" + tmp.resolve("nightshift.db").toAbsolutePath();
    ConfigLoader loader = new ConfigLoader(name -> Optional.empty());
    config = loader.load(EXAMPLE).config().orElseThrow();
    ke001 = new ScenarioReader(loader::load).read(KE_001).scenario().orElseThrow();
  }

  @Test
  void refusesARepeatInsideTheCooldownBecauseTheActionLogSurvivedTheRestart() {
    Instant fixedAt;
    try (Life first = new Life(ke001)) {
      first.tickUntil("incident 1 resolved", s -> state(s, FIRST) == IncidentState.RESOLVED);
      ActionRecord fix = onlyAction(first.stores(), FIRST);
      assertThat(fix.type()).isEqualTo("docker_exec");
      assertThat(fix.outcome()).isEqualTo(ActionOutcome.EXECUTED);
      assertThat(first.platform.executed()).hasSize(1);
      fixedAt = fix.at();
    }
    // Three minutes after the fix the new agent's platform starts; the fault recurs a minute later.
    try (Life second = new Life(startingAt(ke001, fixedAt.plus(Duration.ofMinutes(3))))) {
      second.tickUntil("a second incident escalated", s -> escalatedAfter(s, FIRST));
      Incident repeat = second.stores().incidents().recent(1).getFirst();
      ActionRecord denied = onlyAction(second.stores(), repeat.id());
      assertThat(denied.type()).isEqualTo("docker_exec");
      assertThat(denied.outcome()).isEqualTo(ActionOutcome.DENIED);
      assertThat(denied.at()).isBefore(fixedAt.plus(Duration.ofMinutes(10)));
      assertThat(denied.detail())
          .isEqualTo(
              "container/redis was acted on at "
                  + fixedAt
                  + " (incident 1); cooldown 10m: a repeat this soon means the fix is not"
                  + " holding");
      assertThat(second.platform.executed()).isEmpty();
    }
  }

  @Test
  void honoursAKillSwitchEngagedBeforeTheRestart() {
    try (Life first = new Life(ke001)) {
      first.tickUntil("incident 1 resolved", s -> state(s, FIRST) == IncidentState.RESOLVED);
      first.stores().controls().setKillSwitch(true);
    }
    // Two hours on: no cooldown or hourly limit applies, only the switch can stop the fix.
    try (Life second = new Life(startingAt(ke001, ke001.start().plus(Duration.ofHours(2))))) {
      assertThat(second.stores().controls().killSwitch()).isTrue();
      second.tickUntil("a second incident escalated", s -> escalatedAfter(s, FIRST));
      Incident repeat = second.stores().incidents().recent(1).getFirst();
      ActionRecord intended = onlyAction(second.stores(), repeat.id());
      assertThat(intended.outcome()).isEqualTo(ActionOutcome.INTENDED);
      assertThat(intended.detail())
          .isEqualTo("the kill switch is on: every action is an intention only");
      assertThat(second.platform.executed()).isEmpty();
      assertThat(second.stores().timeline().events(repeat.id()))
          .extracting(TimelineEvent::type)
          .contains(EventType.ACTION_INTENDED)
          .doesNotContain(EventType.ACTION_EXECUTED);
    }
  }

  @Test
  void keepsTheIncidentItsTimelineTheLearnedStatsAndTheAuditChain() {
    Incident resolved;
    List<TimelineEvent> events;
    AuditChain.Check chain;
    try (Life first = new Life(ke001)) {
      first.tickUntil("incident 1 resolved", s -> state(s, FIRST) == IncidentState.RESOLVED);
      resolved = first.stores().incidents().find(FIRST).orElseThrow();
      events = first.stores().timeline().events(FIRST);
      chain = AuditChain.verify(first.stores().audit().entries());
    }
    KnownErrorStats seed =
        KnownErrorStats.seed(
            config.knownErrors().stream()
                .filter(e -> e.id().equals(KE_001_ID))
                .findFirst()
                .orElseThrow());
    try (SqliteStore reopened = SqliteStore.open(url)) {
      Stores stores = reopened.stores();
      assertThat(stores.incidents().find(FIRST)).contains(resolved);
      assertThat(resolved.progress().knownError()).contains(KE_001_ID);
      assertThat(resolved.report()).isPresent();
      assertThat(stores.incidents().active()).isEmpty();
      assertThat(stores.timeline().events(FIRST)).isEqualTo(events);
      assertThat(events)
          .extracting(TimelineEvent::type)
          .contains(
              EventType.DETECTED,
              EventType.KNOWN_ERROR_MATCHED,
              EventType.ACTION_EXECUTED,
              EventType.VERIFIED,
              EventType.RESOLVED,
              EventType.REPORTED);
      KnownErrorStats stats = stores.knownErrors().find(KE_001_ID).orElseThrow();
      assertThat(stats.occurrences()).isEqualTo(seed.occurrences() + 1);
      assertThat(stats.successes()).isEqualTo(1);
      assertThat(stats.failures()).isZero();
      assertThat(stats.resolutions()).isEqualTo(seed.resolutions() + 1);
      Instant matched =
          events.stream()
              .filter(e -> e.type() == EventType.KNOWN_ERROR_MATCHED)
              .findFirst()
              .orElseThrow()
              .at();
      assertThat(stats.lastSeen()).contains(matched);
      assertThat(chain).isInstanceOf(AuditChain.Check.Intact.class);
      assertThat(AuditChain.verify(stores.audit().entries())).isEqualTo(chain);
      assertThat(((AuditChain.Check.Intact) chain).entries()).isEqualTo(events.size());
    }
  }

  @Test
  void theChainStaysIntactWhenTheNextAgentAppendsToIt() {
    long before;
    try (Life first = new Life(ke001)) {
      first.tickUntil("incident 1 resolved", s -> state(s, FIRST) == IncidentState.RESOLVED);
      before = first.stores().audit().entries().size();
    }
    try (Life second = new Life(startingAt(ke001, ke001.start().plus(Duration.ofMinutes(5))))) {
      second.tickUntil("a second incident escalated", s -> escalatedAfter(s, FIRST));
      AuditChain.Check chain = AuditChain.verify(second.stores().audit().entries());
      assertThat(chain).isInstanceOf(AuditChain.Check.Intact.class);
      assertThat(((AuditChain.Check.Intact) chain).entries()).isGreaterThan(before);
    }
  }

  @Test
  void finishesAnIncidentLeftVerifyingWithoutRunningItsFixAgain() {
    Instant fixedAt;
    Instant stoppedAt;
    try (Life first = new Life(ke001)) {
      first.tickUntil("the fix executed", s -> !s.actions().forIncident(1).isEmpty());
      assertThat(state(first.stores(), FIRST)).isEqualTo(IncidentState.VERIFYING);
      fixedAt = onlyAction(first.stores(), FIRST).at();
      stoppedAt = first.clock.instant();
    }
    // The platform the next agent finds is the one the fix left: the fault ended when it ran.
    Scenario fixed = clearedAt(ke001, fixedAt);
    try (Life second = new Life(fixed, stoppedAt)) {
      second.tickUntil("incident 1 resolved", s -> state(s, FIRST) == IncidentState.RESOLVED);
      assertThat(second.platform.executed()).isEmpty();
      assertThat(onlyAction(second.stores(), FIRST).outcome()).isEqualTo(ActionOutcome.EXECUTED);
      assertThat(second.stores().timeline().events(FIRST))
          .extracting(TimelineEvent::type)
          .containsOnlyOnce(EventType.ACTION_EXECUTED, EventType.DETECTED)
          .contains(EventType.VERIFIED, EventType.RESOLVED);
      assertThat(second.stores().incidents().recent(10)).hasSize(1);
    }
  }

  /** One run of the agent: the store opened on the file, a new platform, clock and agent. */
  private final class Life implements AutoCloseable {

    final SqliteStore store;
    final VirtualClock clock;
    final SimPlatform platform;
    private final Scenario scenario;
    private final Agent agent;
    private Instant next;

    Life(Scenario scenario) {
      this(scenario, scenario.start());
    }

    /** Wired as {@code DrillRunner} wires a drill, with the SQLite store instead of memory. */
    Life(Scenario scenario, Instant from) {
      this.scenario = scenario;
      this.store = SqliteStore.open(url);
      this.clock = new VirtualClock(from);
      this.platform = new SimPlatform(scenario, config.tree(), config.policy(), clock);
      this.agent =
          DrillRunner.agent(
              new AgentSetup(
                  config.tree(),
                  config.knownErrors(),
                  config.reader(),
                  dev.nightshift.core.reasoning.Reasoning.NONE,
                  config.policy(),
                  config.agent().slaCheckInterval(),
                  config.agent().maxConcurrentIncidents()),
              platform,
              store.stores(),
              notice -> {});
      this.next = from;
    }

    Stores stores() {
      return store.stores();
    }

    /** Ticks as the drill runner does until {@code done} holds, within the scenario's time. */
    void tickUntil(String what, Predicate<Stores> done) {
      while (!done.test(stores())) {
        assertThat(clock.instant()).as("still waiting for " + what).isBefore(scenario.end());
        agent.tick();
        next = next.plus(scenario.tick());
        if (clock.instant().isBefore(next)) {
          clock.advanceTo(next);
        } else {
          next = clock.instant();
        }
      }
    }

    @Override
    public void close() {
      store.close();
    }
  }

  private static IncidentState state(Stores stores, IncidentId id) {
    return stores.incidents().find(id).map(Incident::state).orElse(IncidentState.DETECTED);
  }

  private static boolean escalatedAfter(Stores stores, IncidentId earlier) {
    return stores.incidents().recent(1).stream()
        .anyMatch(i -> i.id().compareTo(earlier) > 0 && i.state() == IncidentState.ESCALATED);
  }

  private static ActionRecord onlyAction(Stores stores, IncidentId id) {
    List<ActionRecord> records = stores.actions().forIncident(id.value());
    assertThat(records).hasSize(1);
    return records.getFirst();
  }

  /** The same scenario with its clock starting at another instant. */
  private static Scenario startingAt(Scenario s, Instant start) {
    return new Scenario(
        s.name(),
        s.configPath(),
        s.phase(),
        s.killSwitch(),
        s.duration(),
        start,
        s.tick(),
        s.latency(),
        s.baseline(),
        s.faults(),
        s.approvals(),
        s.alerts(),
        s.expect(),
        s.source());
  }

  /** The same scenario with its one fault ending by itself at {@code at}, as the fix made it. */
  private static Scenario clearedAt(Scenario s, Instant at) {
    Fault f = s.faults().getFirst();
    Fault cleared =
        new Fault(
            f.id(),
            f.at(),
            f.effects(),
            f.sli(),
            List.of(),
            Optional.of(Duration.between(s.at(f.at()), at)),
            f.recovery());
    return new Scenario(
        s.name(),
        s.configPath(),
        s.phase(),
        s.killSwitch(),
        s.duration(),
        s.start(),
        s.tick(),
        s.latency(),
        s.baseline(),
        List.of(cleared),
        s.approvals(),
        s.alerts(),
        s.expect(),
        s.source());
  }
}
