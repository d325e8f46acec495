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
import dev.nightshift.core.audit.AuditRecord;
import dev.nightshift.core.incident.NewIncident;
import dev.nightshift.core.pipeline.Stores;
import dev.nightshift.core.policy.Approval;
import dev.nightshift.core.remediation.IdempotencyKey;
import dev.nightshift.core.sla.Severity;
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

/** approve, deny, incidents and known-errors against the store and against a running API. */
class ApprovalCommandsTest {

  private static final Path EXAMPLE = Path.of("../examples/freshness-pipeline");
  private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
  private static final String KEY = "incident-1/attempt-1/step-0";

  @TempDir Path tmp;

  private Path config;
  private String url;

  @BeforeEach
  void storeWithAnIncidentWaitingForApproval() throws IOException {
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
      seed(store.stores());
    }
  }

  private static void seed(Stores stores) {
    stores
        .incidents()
        .open(
            new NewIncident(
                new SlaId("entity_data_freshness"), Severity.HIGH, "73s breaches < 60s", T0));
    stores
        .approvals()
        .save(
            Approval.request(
                new IdempotencyKey(KEY),
                1,
                "docker_exec redis-cli CLIENT KILL",
                "policy asks",
                T0,
                T0.plus(Duration.ofDays(3650))));
  }

  @Test
  void approvesAnIncidentsPendingRequestInTheStoreAndRefusesASecondAnswer() {
    Cli first =
        Cli.run("approve", "1", config.toString(), "--by", "alice", "--comment", "looks right");

    assertThat(first.err()).isEmpty();
    assertThat(first.exitCode()).isZero();
    assertThat(first.out())
        .isEqualTo("approved " + KEY + " (docker_exec redis-cli CLIENT KILL) as cli:alice\n");
    try (SqliteStore store = SqliteStore.open(url)) {
      assertThat(store.stores().approvals().find(new IdempotencyKey(KEY)).orElseThrow().decidedBy())
          .hasValue("cli:alice");
      AuditRecord audited = store.stores().audit().entries().getLast().record();
      assertThat(audited.kind()).isEqualTo("approval_decided");
      assertThat(audited.actor()).isEqualTo("cli:alice");
      assertThat(audited.detail()).endsWith(": looks right");
    }

    Cli second = Cli.run("deny", KEY, config.toString(), "--by", "bob");

    assertThat(second.exitCode()).isEqualTo(1);
    assertThat(second.err()).startsWith("nightshift: already approved by cli:alice at ");
  }

  @Test
  void refusesAnUnknownId() {
    Cli unknown = Cli.run("approve", "7", config.toString());

    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err()).isEqualTo("nightshift: incident 7 has no request for approval\n");
  }

  @Test
  void answersThroughARunningAgentsApiWithTheTokensName() throws IOException {
    Path token = Files.writeString(tmp.resolve("token"), "operator-secret\n");
    try (SqliteStore store = SqliteStore.open(url);
        ApiServer api = serve(store.stores())) {
      String base = api.url().toString();

      Cli wrong =
          Cli.run(
              "approve",
              "1",
              "--api",
              base,
              "--token-file",
              Files.writeString(tmp.resolve("bad"), "nope").toString());
      assertThat(wrong.exitCode()).isEqualTo(1);
      assertThat(wrong.err()).contains("refused the token (401)");

      Cli first = Cli.run("approve", "1", "--api", base, "--token-file", token.toString());
      assertThat(first.err()).isEmpty();
      assertThat(first.out())
          .isEqualTo("approved " + KEY + " (docker_exec redis-cli CLIENT KILL) as api:otto\n");

      Cli second = Cli.run("deny", "1", "--api", base, "--token-file", token.toString());
      assertThat(second.exitCode()).isEqualTo(1);
      assertThat(second.err()).startsWith("nightshift: already approved by api:otto at ");

      Cli incidents =
          Cli.run("incidents", "--json", "--api", base, "--token-file", token.toString());
      assertThat(incidents.out()).contains("\"id\":1").contains("\"state\":\"detected\"");
    }
  }

  @Test
  void listsOpenIncidentsAndKnownErrorsFromTheStore() {
    Cli incidents = Cli.run("incidents", config.toString());
    assertThat(incidents.exitCode()).isZero();
    assertThat(incidents.out()).startsWith("#1    detected").contains("entity_data_freshness");

    Cli errors = Cli.run("known-errors", config.toString(), "--json");
    assertThat(errors.exitCode()).isZero();
    assertThat(errors.out()).contains("\"id\":\"ke-001\"").contains("\"occurrences\":");
  }

  private ApiServer serve(Stores stores) throws IOException {
    Config loaded = new ConfigLoader(name -> Optional.empty()).load(config).config().orElseThrow();
    var http =
        new AgentSettings.Http(
            "127.0.0.1",
            Optional.of(0),
            List.of(new ApiToken("otto", Role.OPERATOR, new Secret("test", "operator-secret"))));
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
        };
    Clock clock = Clock.systemUTC();
    return ApiServer.start(
        http, view, new AgentMetrics(clock), clock, new PrintWriter(new StringWriter()));
  }
}
