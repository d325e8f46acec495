package dev.nightshift.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nightshift.app.config.AgentSettings;
import dev.nightshift.app.config.Secret;
import dev.nightshift.core.diagnosis.Diagnosis;
import dev.nightshift.core.diagnosis.NodeFinding;
import dev.nightshift.core.diagnosis.RootCause;
import dev.nightshift.core.knowledge.KnownErrorId;
import dev.nightshift.core.knowledge.LearnedKnownError;
import dev.nightshift.core.reasoning.Answer;
import dev.nightshift.core.reasoning.Hypothesis;
import dev.nightshift.core.reasoning.HypothesisValidator;
import dev.nightshift.core.reasoning.Investigation;
import dev.nightshift.core.reasoning.Investigator;
import dev.nightshift.core.reasoning.Outcome;
import dev.nightshift.core.reasoning.Reasoner;
import dev.nightshift.core.reasoning.ReasonerSettings;
import dev.nightshift.core.reasoning.Redactor;
import dev.nightshift.core.reasoning.ToolSpec;
import dev.nightshift.core.reasoning.Toolbox;
import dev.nightshift.core.reasoning.Usage;
import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.LogLine;
import dev.nightshift.core.topology.NodeId;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reasoner's metrics and status as a scrape and the API show them, after a fake model was asked
 * once, answered once from the cache and refused once for the spent daily budget.
 */
class ReasonerMetricsTest {

  private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
  private static final String VIEWER = "viewer-token-1";
  private static final Clock CLOCK = Clock.fixed(T0.plusSeconds(60), ZoneOffset.UTC);

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
            List.of(
                new AgentSettings.ApiToken(
                    "vera", AgentSettings.Role.VIEWER, new Secret("test", VIEWER))));
    server = ApiServer.start(http, view, new AgentMetrics(CLOCK), CLOCK, new PrintWriter(errors));
    client = new ApiClient(server.url());
  }

  @AfterEach
  void stop() {
    server.close();
    assertThat(errors.toString()).isEmpty();
  }

  @Test
  void countsAnAnswerACacheHitAndAnOverBudgetRefusal() {
    Investigator investigator = investigator();
    view.investigator = Optional.of(investigator);
    Outcome first = investigator.investigate(1, redisDown("ERR max clients reached"), "test");
    Outcome again = investigator.investigate(1, redisDown("ERR max clients reached"), "test");
    Outcome refused = investigator.investigate(2, redisDown("OOM command not allowed"), "test");
    view.stores()
        .learned()
        .propose(
            LearnedKnownError.proposed(
                new KnownErrorId("learned-1"), "id: learned-1\n", 1, "reasoner", T0));

    String body = client.get("metrics", VIEWER).body();

    assertThat(first).isInstanceOf(Outcome.Rejected.class);
    assertThat(again).isInstanceOf(Outcome.Rejected.class);
    assertThat(refused).isInstanceOf(Outcome.Unanswered.class);
    assertThat(body)
        .contains("nightshift_reasoner_investigations_total{outcome=\"rejected\"} 1.0")
        .contains("nightshift_reasoner_investigations_total{outcome=\"unanswered\"} 1.0")
        .contains("nightshift_reasoner_investigations_total{outcome=\"proposed\"} 0.0")
        .contains("nightshift_reasoner_cache_hits_total 1.0")
        .contains("nightshift_reasoner_over_budget_total 1.0")
        .contains("nightshift_reasoner_tool_calls_total 1.0")
        .contains("nightshift_reasoner_tokens_total{direction=\"input\"} 300.0")
        .contains("nightshift_reasoner_tokens_total{direction=\"output\"} 50.0")
        .contains("nightshift_reasoner_spent_today_tokens 350.0")
        .contains("nightshift_reasoner_budget_tokens_per_day 300.0")
        .contains("nightshift_reasoner_budget_cost_per_day 10.0")
        .contains("nightshift_known_errors{state=\"configured\"} 5.0")
        .contains("nightshift_known_errors{state=\"proposed\"} 1.0")
        .contains("nightshift_known_errors{state=\"approved\"} 0.0");
  }

  @Test
  void leavesTheReasonerSeriesOutWithoutAReasoner() {
    String body = client.get("metrics", VIEWER).body();

    assertThat(body)
        .doesNotContain("nightshift_reasoner_investigations_total{")
        .doesNotContain("nightshift_reasoner_spent_today_tokens ")
        .contains("nightshift_known_errors{state=\"configured\"} 5.0");
  }

  @Test
  void statusNamesTheReasonerWhatItSpentTodayAndItsBudgets() {
    assertThat(status().get("name").asText()).isEqualTo("none");
    Investigator investigator = investigator();
    view.investigator = Optional.of(investigator);
    investigator.investigate(1, redisDown("ERR max clients reached"), "test");

    JsonNode reasoner = status();

    assertThat(reasoner.get("name").asText()).isEqualTo("fake/scripted");
    assertThat(reasoner.get("spentToday").get("tokens").asLong()).isEqualTo(350);
    assertThat(reasoner.get("budget").get("tokensPerDay").asLong()).isEqualTo(300);
    assertThat(reasoner.get("budget").get("costPerIncident").asDouble()).isEqualTo(1.0);
    assertThat(reasoner.get("proposalsNeedApproval").asBoolean()).isTrue();
  }

  private JsonNode status() {
    HttpResponse<String> r = client.get("api/v1/status", VIEWER);
    assertThat(r.statusCode()).isEqualTo(200);
    return ApiClient.json(r).get("reasoner");
  }

  private Investigator investigator() {
    ReasonerSettings limits =
        new ReasonerSettings(
            10, Duration.ofSeconds(5), 10_000, 1.0, 300, 10.0, 0, 0, Duration.ofHours(1), true);
    return new Investigator(
        new Investigator.Setup(
            new BlamesANodeOffThePath(),
            Optional.empty(),
            limits,
            Redactor.credentialsOnly(),
            new QuietTools(),
            new HypothesisValidator(view.config().tree(), view.config().reader()),
            view.config().reader().catalog(),
            view.stores().spend(),
            view.stores().audit(),
            CLOCK));
  }

  private static Diagnosis redisDown(String error) {
    NodeId redis = new NodeId("redis_instance");
    return new Diagnosis(
        new SlaId("entity_data_freshness"),
        T0,
        T0,
        List.of(
            new NodeFinding(
                redis,
                Health.unhealthy("not responding"),
                List.of(new LogLine(T0, error)),
                List.of(),
                List.of())),
        new RootCause.Located(List.of(redis), "redis is abnormal"));
  }

  /** Looks once with a tool, then blames a node the walk never visited: always rejected. */
  private static final class BlamesANodeOffThePath implements Reasoner {
    @Override
    public String name() {
      return "fake/scripted";
    }

    @Override
    public Answer investigate(Investigation investigation, Toolbox tools) {
      tools.call("node_health", Map.of("node", "redis_instance"));
      return new Answer.Hypothesized(
          new Hypothesis(
              "websocket_ingestion",
              "the feed stopped",
              List.of("\"not responding\""),
              Optional.empty(),
              Optional.empty(),
              List.of(),
              OptionalDouble.empty()),
          new Usage(1, 300, 50));
    }
  }

  private static final class QuietTools implements Toolbox {
    @Override
    public List<ToolSpec> specs() {
      return List.of();
    }

    @Override
    public String call(String tool, Map<String, String> arguments) {
      return "redis_instance: unhealthy (not responding)";
    }
  }
}
