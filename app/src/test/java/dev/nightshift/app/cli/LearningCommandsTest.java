package dev.nightshift.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.adapters.store.SqliteStore;
import dev.nightshift.app.config.AgentSettings;
import dev.nightshift.app.config.AgentSettings.ApiToken;
import dev.nightshift.app.config.AgentSettings.Role;
import dev.nightshift.app.config.Config;
import dev.nightshift.app.config.ConfigLoader;
import dev.nightshift.app.config.Secret;
import dev.nightshift.app.http.AgentMetrics;
import dev.nightshift.app.http.AgentView;
import dev.nightshift.app.http.ApiServer;
import dev.nightshift.app.learning.LearningDesk;
import dev.nightshift.app.learning.LearningFixtures;
import dev.nightshift.core.audit.AuditRecord;
import dev.nightshift.core.knowledge.KnownErrorId;
import dev.nightshift.core.knowledge.LearnedState;
import dev.nightshift.core.pipeline.Stores;
import dev.nightshift.core.sla.SlaCheck;
import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.topology.NodeId;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** learn and known-errors list|show|approve|reject|export, on the store and through the API. */
class LearningCommandsTest {

  private static final Path EXAMPLE = Path.of("../examples/freshness-pipeline");
  private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
  private static final String RESTART = "supervisor_restart node=" + LearningFixtures.NODE;

  @TempDir Path tmp;

  private Path config;
  private String url;
  private long incident;

  @BeforeEach
  void storeWithAnUnexplainedIncident() throws IOException {
    config = tmp.resolve("config");
    url = "jdbc:sqlite:" + tmp.resolve("state/nightshift.db").toAbsolutePath();
    Files.createDirectories(config);
    for (String file :
        List.of("nightshift.yaml", "dependency_tree.yaml", "known_errors.yaml", "policy.yaml")) {
      Files.copy(EXAMPLE.resolve(file), config.resolve(file));
    }
    Path main = config.resolve("nightshift.yaml");
    Files.writeString(
        main, Files.readString(main).replace("url: jdbc:sqlite:nightshift.db", "url: " + url));
    try (SqliteStore store = SqliteStore.open(url)) {
      incident = LearningFixtures.unexplainedIncident(store.stores(), T0);
    }
  }

  private Cli learn() {
    return Cli.run(
        "learn",
        String.valueOf(incident),
        config.toString(),
        "--root-cause",
        LearningFixtures.ROOT_CAUSE,
        "--step",
        RESTART,
        "--metric-condition",
        "kafka_consumer_group_lag > 10000",
        "--as",
        "alice");
  }

  private String id() {
    return "learned-" + incident;
  }

  @Test
  void recordsAFixAsAProposalThatListAndShowPresent() {
    Cli learned = learn();

    assertThat(learned.err()).isEmpty();
    assertThat(learned.exitCode()).isZero();
    assertThat(learned.out()).startsWith("proposed " + id() + " from incident " + incident);

    Cli list = Cli.run("known-errors", "list", config.toString());
    assertThat(list.exitCode()).isZero();
    assertThat(list.out()).contains("ke-001").contains(id() + " ").contains("proposed");
    assertThat(list.out()).contains("human:cli:alice").contains(LearningFixtures.ROOT_CAUSE);
    Cli json = Cli.run("known-errors", config.toString(), "--json");
    assertThat(json.out()).contains("\"state\":\"proposed\"").contains("\"state\":\"configured\"");

    Cli show = Cli.run("known-errors", "show", id(), config.toString());
    assertThat(show.exitCode()).isZero();
    assertThat(show.out())
        .startsWith(id() + "  proposed\n")
        .contains("id: " + id())
        .contains("node: " + LearningFixtures.NODE)
        .contains("supervisor_restart");
  }

  @Test
  void approvesOnceAndTheSecondDecisionHearsWho() {
    learn();

    Cli approved = Cli.run("known-errors", "approve", id(), config.toString(), "--as", "bob");

    assertThat(approved.err()).isEmpty();
    assertThat(approved.out()).startsWith("approved " + id() + " as cli:bob");
    try (SqliteStore store = SqliteStore.open(url)) {
      assertThat(store.stores().learned().find(new KnownErrorId(id())).orElseThrow().state())
          .isEqualTo(LearnedState.APPROVED);
      AuditRecord audited = store.stores().audit().entries().getLast().record();
      assertThat(audited.kind()).isEqualTo("known_error.approved");
      assertThat(audited.actor()).isEqualTo("cli:bob");
    }
    Cli late = Cli.run("known-errors", "reject", id(), config.toString(), "--reason", "no");
    assertThat(late.exitCode()).isEqualTo(1);
    assertThat(late.err()).startsWith("nightshift: " + id() + " was already approved by cli:bob");
  }

  @Test
  void rejectsWithAReasonAndExportsOnlyApprovedOnesUnlessAll() throws IOException {
    learn();

    Cli rejected =
        Cli.run("known-errors", "reject", id(), config.toString(), "--reason", "too broad");
    Path out = tmp.resolve("learned.yaml");
    Cli export = Cli.run("known-errors", "export", config.toString(), "--output", out.toString());

    assertThat(rejected.exitCode()).isZero();
    assertThat(rejected.out()).startsWith("rejected " + id());
    assertThat(export.exitCode()).isZero();
    assertThat(Files.readString(out)).isEqualTo("errors: []\n");
  }

  @Test
  void exportsTheProposedOnesWithAllInKnownErrorsFormat() {
    learn();

    Cli export = Cli.run("known-errors", "export", config.toString(), "--all");

    assertThat(export.exitCode()).isZero();
    assertThat(export.out()).startsWith("errors:\n  - id: " + id() + "\n    signature:\n");
  }

  @Test
  void refusesAnEditThatDoesNotLoad() throws IOException {
    learn();
    Path edit = Files.writeString(tmp.resolve("edit.yaml"), "id: " + id() + "\nroot_cause: x\n");

    Cli refused =
        Cli.run("known-errors", "approve", id(), config.toString(), "--edit", edit.toString());

    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err()).startsWith("nightshift: ").contains("signature");
  }

  @Test
  void refusesAStepItCannotReadAsUsage() {
    Cli bad =
        Cli.run(
            "learn",
            String.valueOf(incident),
            config.toString(),
            "--root-cause",
            "x",
            "--step",
            "node=redis_instance");

    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("a step starts with its action type");
  }

  @Test
  void refusesAnUnknownIncidentAndAnUnknownId() {
    Cli unknown = Cli.run("learn", "99", config.toString(), "--root-cause", "x", "--step", RESTART);
    Cli missing = Cli.run("known-errors", "approve", "learned-99", config.toString());

    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err()).isEqualTo("nightshift: there is no incident 99\n");
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).isEqualTo("nightshift: there is no learned known error learned-99\n");
  }

  @Test
  void worksThroughARunningAgentsApiWithTheTokensName() throws IOException {
    Path token = Files.writeString(tmp.resolve("token"), "operator-secret\n");
    try (SqliteStore store = SqliteStore.open(url);
        ApiServer api = serve(store.stores())) {
      String base = api.url().toString();
      String[] remote = {"--api", base, "--token-file", token.toString()};

      Cli learned =
          Cli.run(
              concat(
                  new String[] {
                    "learn", String.valueOf(incident), "--root-cause", "x", "--step", RESTART
                  },
                  remote));
      assertThat(learned.err()).isEmpty();
      assertThat(learned.out()).startsWith("proposed " + id());

      Cli approved = Cli.run(concat(new String[] {"known-errors", "approve", id()}, remote));
      assertThat(approved.out()).isEqualTo("approved " + id() + " as api:otto\n");
      Cli late = Cli.run(concat(new String[] {"known-errors", "reject", id()}, remote));
      assertThat(late.exitCode()).isEqualTo(1);
      assertThat(late.err()).contains("already approved by api:otto");

      Cli export = Cli.run(concat(new String[] {"known-errors", "export"}, remote));
      assertThat(export.out()).startsWith("errors:\n  - id: " + id());
      Cli show = Cli.run(concat(new String[] {"known-errors", "show", id(), "--json"}, remote));
      assertThat(show.out()).contains("\"decidedBy\":\"api:otto\"");
    }
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private ApiServer serve(Stores stores) throws IOException {
    Config loaded = new ConfigLoader(name -> Optional.empty()).load(config).config().orElseThrow();
    var http =
        new AgentSettings.Http(
            "127.0.0.1",
            Optional.of(0),
            List.of(new ApiToken("otto", Role.OPERATOR, new Secret("test", "operator-secret"))));
    Clock clock = Clock.systemUTC();
    LearningDesk desk = LearningDesk.local(loaded, stores, clock);
    AgentView view =
        new AgentView() {
          @Override
          public Config config() {
            return loaded;
          }

          @Override
          public Stores stores() {
            return stores;
          }

          @Override
          public Map<SlaId, SlaCheck> slaChecks() {
            return Map.of();
          }

          @Override
          public Map<NodeId, NodeHealth> nodeHealth() {
            return Map.of();
          }

          @Override
          public List<BlindSource> blindSources() {
            return List.of();
          }

          @Override
          public Optional<Instant> lastTick() {
            return Optional.empty();
          }

          @Override
          public Duration tickInterval() {
            return Duration.ofSeconds(1);
          }

          @Override
          public Instant startedAt() {
            return T0;
          }

          @Override
          public Optional<LearningDesk> learning() {
            return Optional.of(desk);
          }
        };
    return ApiServer.start(
        http, view, new AgentMetrics(clock), clock, new PrintWriter(new StringWriter()));
  }
}
