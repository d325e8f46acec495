package dev.nightshift.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nightshift.app.config.AgentSettings;
import dev.nightshift.app.config.AgentSettings.ApiToken;
import dev.nightshift.app.config.AgentSettings.Role;
import dev.nightshift.app.config.Secret;
import dev.nightshift.app.learning.LearningFixtures;
import dev.nightshift.core.audit.AuditEntry;
import dev.nightshift.core.knowledge.LearnedKnownError;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The learning loop's endpoints over a real server: reads, decisions, a human's fix. */
class LearningApiTest {

  private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
  private static final String VIEWER = "viewer-token-1";
  private static final String OPERATOR = "operator-token-2";

  private final FakeAgentView view = new FakeAgentView(T0);
  private final StringWriter errors = new StringWriter();
  private ApiServer server;
  private ApiClient client;

  @BeforeEach
  void start() throws Exception {
    var http =
        new AgentSettings.Http(
            "127.0.0.1",
            Optional.of(0),
            List.of(token("vera", Role.VIEWER, VIEWER), token("otto", Role.OPERATOR, OPERATOR)));
    Clock clock = Clock.fixed(T0.plusSeconds(60), ZoneOffset.UTC);
    server = ApiServer.start(http, view, new AgentMetrics(clock), clock, new PrintWriter(errors));
    client = new ApiClient(server.url());
  }

  @AfterEach
  void stop() {
    server.close();
    assertThat(errors.toString()).isEmpty();
  }

  private static ApiToken token(String name, Role role, String value) {
    return new ApiToken(name, role, new Secret("test", value));
  }

  private LearnedKnownError proposal() {
    return LearningFixtures.proposal(view.learning().orElseThrow(), view.stores(), T0);
  }

  private HttpResponse<String> post(String path, String token, String body) {
    return client.call("POST", path, token, body);
  }

  @Test
  void listsLearnedKnownErrorsBesideTheConfiguredOnes() {
    LearnedKnownError proposed = proposal();

    JsonNode all = ApiClient.json(client.get("api/v1/known-errors", VIEWER));
    JsonNode learned = ApiClient.json(client.get("api/v1/known-errors/learned", VIEWER));
    JsonNode one =
        ApiClient.json(client.get("api/v1/known-errors/learned/" + proposed.id(), VIEWER));

    assertThat(all.findValuesAsText("state")).contains("configured", "proposed");
    JsonNode last = all.get(all.size() - 1);
    assertThat(last.get("id").asText()).isEqualTo(proposed.id().value());
    assertThat(last.get("source").asText()).isEqualTo("human:alice");
    assertThat(last.get("incident").asLong()).isEqualTo(proposed.incident());
    assertThat(last.get("yaml").asText()).isEqualTo(proposed.yaml());
    assertThat(last.get("rootCause").asText()).isEqualTo(LearningFixtures.ROOT_CAUSE);
    assertThat(learned).hasSize(1);
    assertThat(one).isEqualTo(learned.get(0));
    assertThat(client.get("api/v1/known-errors/learned/learned-99", VIEWER).statusCode())
        .isEqualTo(404);
  }

  @Test
  void approvingActivatesTheKnownErrorAndIsAuditedWithTheCaller() {
    LearnedKnownError proposed = proposal();

    HttpResponse<String> r =
        post("api/v1/known-errors/learned/" + proposed.id() + "/approve", OPERATOR, null);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(ApiClient.json(r).get("state").asText()).isEqualTo("approved");
    assertThat(ApiClient.json(r).get("decidedBy").asText()).isEqualTo("api:otto");
    assertThat(view.stores().audit().entries())
        .extracting(AuditEntry::record)
        .anySatisfy(a -> {
          assertThat(a.actor()).isEqualTo("api:otto");
          assertThat(a.kind()).isEqualTo("known_error.approved");
        });
    String export = client.get("api/v1/known-errors/export", VIEWER).body();
    assertThat(export).startsWith("errors:\n  - id: " + proposed.id());
  }

  @Test
  void aSecondDecisionHearsWhoWasFirst() {
    LearnedKnownError proposed = proposal();
    String path = "api/v1/known-errors/learned/" + proposed.id();
    post(path + "/reject", OPERATOR, "{\"reason\": \"too broad\"}");

    HttpResponse<String> late = post(path + "/approve", OPERATOR, null);

    assertThat(late.statusCode()).isEqualTo(409);
    assertThat(ApiClient.json(late).get("error").asText()).contains("rejected by api:otto");
    assertThat(ApiClient.json(client.get(path, VIEWER)).get("note").asText())
        .isEqualTo("too broad");
  }

  @Test
  void anEditThatDoesNotLoadIsRefusedWithItsProblems() {
    LearnedKnownError proposed = proposal();
    String edited = proposed.yaml().replace(LearningFixtures.NODE, "no_such_node");

    HttpResponse<String> r =
        post(
            "api/v1/known-errors/learned/" + proposed.id() + "/approve",
            OPERATOR,
            Wire.object().put("yaml", edited).toString());

    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(ApiClient.json(r).get("problems").toString()).contains("no_such_node");
    assertThat(view.learning().orElseThrow().find(proposed.id().value()).orElseThrow().state())
        .hasToString("proposed");
  }

  @Test
  void approvesAsEdited() {
    LearnedKnownError proposed = proposal();
    String edited = proposed.yaml().replace(LearningFixtures.ROOT_CAUSE, "rebalance storm");

    HttpResponse<String> r =
        post(
            "api/v1/known-errors/learned/" + proposed.id() + "/approve",
            OPERATOR,
            Wire.object().put("yaml", edited).toString());

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(ApiClient.json(r).get("rootCause").asText()).isEqualTo("rebalance storm");
    assertThat(ApiClient.json(r).get("note").asText()).isEqualTo("edited before approval");
  }

  @Test
  void decisionsNeedAnOperatorAndAnUnknownIdIsNotFound() {
    LearnedKnownError proposed = proposal();

    assertThat(
            post("api/v1/known-errors/learned/" + proposed.id() + "/approve", VIEWER, null)
                .statusCode())
        .isEqualTo(403);
    assertThat(post("api/v1/known-errors/learned/learned-42/reject", OPERATOR, null).statusCode())
        .isEqualTo(404);
  }

  @Test
  void recordsWhatAHumanSaysFixedAnIncident() {
    long incident = LearningFixtures.unexplainedIncident(view.stores(), T0);
    String body =
        """
        {"root_cause": "consumer stuck after a rebalance",
         "steps": [{"action": "supervisor_restart", "node": "kafka_to_redis_consumer"}],
         "metric_condition": "kafka_consumer_group_lag > 10000"}\
        """;

    HttpResponse<String> r = post("api/v1/incidents/" + incident + "/fix", OPERATOR, body);

    assertThat(r.statusCode()).isEqualTo(201);
    JsonNode created = ApiClient.json(r);
    assertThat(created.get("id").asText()).isEqualTo("learned-" + incident);
    assertThat(created.get("state").asText()).isEqualTo("proposed");
    assertThat(created.get("source").asText()).isEqualTo("human:api:otto");
    assertThat(created.get("metricCondition").asText())
        .isEqualTo("kafka_consumer_group_lag > 10000");
    assertThat(created.get("yaml").asText()).contains("supervisor_restart");
  }

  @Test
  void refusesAFixWhoseStepTheCatalogRejects() {
    long incident = LearningFixtures.unexplainedIncident(view.stores(), T0);
    String body =
        """
        {"root_cause": "x", "steps": [{"action": "reboot_everything", "node": "redis_instance"}]}\
        """;

    HttpResponse<String> r = post("api/v1/incidents/" + incident + "/fix", OPERATOR, body);

    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(ApiClient.json(r).get("problems").toString()).contains("reboot_everything");
    assertThat(post("api/v1/incidents/77/fix", OPERATOR, body).statusCode()).isEqualTo(404);
    assertThat(
            post("api/v1/incidents/" + incident + "/fix", OPERATOR, "{\"root_cause\": \"x\"}")
                .statusCode())
        .isEqualTo(400);
  }

  @Test
  void servesTheCatalogsStepTypes() {
    JsonNode catalog = ApiClient.json(client.get("api/v1/known-errors/catalog", VIEWER));

    assertThat(catalog.findValuesAsText("type")).contains("supervisor_restart", "docker_exec");
  }
}
