package dev.nightshift.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nightshift.app.config.AgentSettings;
import dev.nightshift.app.config.AgentSettings.ApiToken;
import dev.nightshift.app.config.AgentSettings.Role;
import dev.nightshift.app.config.Secret;
import dev.nightshift.core.audit.AuditEntry;
import dev.nightshift.core.diagnosis.Prober;
import dev.nightshift.core.incident.EventType;
import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.IncidentId;
import dev.nightshift.core.incident.IncidentState;
import dev.nightshift.core.incident.NewIncident;
import dev.nightshift.core.incident.TimelineEvent;
import dev.nightshift.core.notify.Notice;
import dev.nightshift.core.policy.Approval;
import dev.nightshift.core.remediation.ActionClass;
import dev.nightshift.core.remediation.ActionOutcome;
import dev.nightshift.core.remediation.ActionRecord;
import dev.nightshift.core.remediation.IdempotencyKey;
import dev.nightshift.core.sla.Severity;
import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.Healthcheck;
import dev.nightshift.core.topology.Coordinates;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The API over a real server on a free port, called with the JDK's HTTP client. */
class ApiServerTest {

  private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
  private static final String VIEWER = "viewer-token-1";
  private static final String OPERATOR = "operator-token-2";
  private static final String ADMIN = "admin-token-3";
  private static final String KEY = "incident-1/attempt-1/step-0";

  private final FakeAgentView view = new FakeAgentView(T0);
  private final StringWriter errors = new StringWriter();
  private final AgentMetrics metrics =
      new AgentMetrics(Clock.fixed(T0.plusSeconds(60), ZoneOffset.UTC));
  private ApiServer server;
  private ApiClient client;

  @BeforeEach
  void start() throws Exception {
    var http =
        new AgentSettings.Http(
            "127.0.0.1",
            Optional.of(0),
            List.of(
                token("vera", Role.VIEWER, VIEWER),
                token("otto", Role.OPERATOR, OPERATOR),
                token("ada", Role.ADMIN, ADMIN)));
    Clock clock = Clock.fixed(T0.plusSeconds(60), ZoneOffset.UTC);
    server = ApiServer.start(http, view, metrics, clock, new PrintWriter(errors));
    client = new ApiClient(server.url());
    view.stores()
        .incidents()
        .open(
            new NewIncident(
                new SlaId("entity_data_freshness"),
                Severity.HIGH,
                "freshness 73s breaches < 60s",
                T0));
    view.stores()
        .approvals()
        .save(
            Approval.request(
                new IdempotencyKey(KEY),
                1,
                "docker_exec redis-cli CLIENT KILL",
                "policy asks",
                T0,
                T0.plus(Duration.ofMinutes(30))));
  }

  @AfterEach
  void stop() {
    server.close();
    assertThat(errors.toString()).isEmpty();
  }

  private static ApiToken token(String name, Role role, String value) {
    return new ApiToken(name, role, new Secret("test", value));
  }

  @Test
  void refusesCallsWithoutATokenOrWithAWrongOne() {
    for (String token : new String[] {null, "not-a-token", VIEWER + "x"}) {
      HttpResponse<String> r = client.get("api/v1/status", token);
      assertThat(r.statusCode()).isEqualTo(401);
      assertThat(r.headers().firstValue("WWW-Authenticate"))
          .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
      assertThat(ApiClient.json(r).get("error").asText()).isNotBlank().doesNotContain(VIEWER);
    }
    assertThat(client.get("api/v1/status", VIEWER).statusCode()).isEqualTo(200);
  }

  @Test
  void listsDeliveriesByStateWithTheirLastError() {
    var deliveries = view.stores().deliveries();
    IncidentId incident = new IncidentId(1);
    deliveries.enqueue("ops-slack", incident, "opened", "", T0);
    deliveries.enqueue("pager", incident, "escalated", "", T0);
    long failing =
        deliveries.list(Optional.empty(), 10).stream()
            .filter(d -> d.channel().equals("pager"))
            .findFirst()
            .orElseThrow()
            .id();
    deliveries.failed(failing, "PagerDuty refused the routing key (400)");

    JsonNode failed = ApiClient.json(client.get("api/v1/deliveries?state=failed", VIEWER));
    JsonNode all = ApiClient.json(client.get("api/v1/deliveries", VIEWER));

    assertThat(failed).hasSize(1);
    assertThat(failed.get(0).get("channel").asText()).isEqualTo("pager");
    assertThat(failed.get(0).get("state").asText()).isEqualTo("failed");
    assertThat(failed.get(0).get("lastError").asText()).contains("routing key (400)");
    assertThat(all).hasSize(2);
    assertThat(client.get("api/v1/deliveries?state=lost", VIEWER).statusCode()).isEqualTo(400);
  }

  @Test
  void refusesAViewerApprovingAndLetsAnOperatorApproveOnce() {
    String path = "api/v1/approvals/incident-1%2Fattempt-1%2Fstep-0/approve";
    HttpResponse<String> viewer = client.call("POST", path, VIEWER, "{}");
    assertThat(viewer.statusCode()).isEqualTo(403);

    HttpResponse<String> first = client.call("POST", path, OPERATOR, "{\"comment\":\"go\"}");
    assertThat(first.statusCode()).isEqualTo(200);
    JsonNode approval = ApiClient.json(first);
    assertThat(approval.get("key").asText()).isEqualTo(KEY);
    assertThat(approval.get("state").asText()).isEqualTo("approved");
    assertThat(approval.get("decidedBy").asText()).isEqualTo("api:otto");

    HttpResponse<String> second = client.call("POST", path.replace("approve", "deny"), ADMIN, null);
    assertThat(second.statusCode()).isEqualTo(409);
    assertThat(ApiClient.json(second).get("error").asText())
        .startsWith("already approved by api:otto at 2026-11-23T09:01:00Z");
    AuditEntry audited = view.stores().audit().entries().getLast();
    assertThat(audited.record().actor()).isEqualTo("api:otto");
    assertThat(audited.record().kind()).isEqualTo("approval_decided");
    assertThat(audited.record().detail()).contains(KEY).endsWith(": go");
    assertThat(view.stores().audit().entries()).hasSize(1);
  }

  @Test
  void answers404ForUnknownThingsAnd405ForAWrongMethod() {
    assertThat(client.call("POST", "api/v1/approvals/nope/approve", OPERATOR, null).statusCode())
        .isEqualTo(404);
    assertThat(client.get("api/v1/incidents/99", VIEWER).statusCode()).isEqualTo(404);
    assertThat(client.get("api/v1/incidents/abc", VIEWER).statusCode()).isEqualTo(404);
    assertThat(client.get("api/v1/nothing", VIEWER).statusCode()).isEqualTo(404);
    HttpResponse<String> wrong = client.call("DELETE", "api/v1/kill-switch", ADMIN, null);
    assertThat(wrong.statusCode()).isEqualTo(405);
    assertThat(wrong.headers().firstValue("Allow")).hasValue("GET, PUT");
  }

  @Test
  void onlyAnAdminTurnsTheKillSwitchAndTheChangeIsAudited() {
    String on = "{\"engaged\": true, \"reason\": \"migration\"}";
    assertThat(client.call("PUT", "api/v1/kill-switch", OPERATOR, on).statusCode()).isEqualTo(403);
    assertThat(view.stores().controls().killSwitch()).isFalse();

    HttpResponse<String> r = client.call("PUT", "api/v1/kill-switch", ADMIN, on);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(ApiClient.json(r).get("engaged").asBoolean()).isTrue();
    assertThat(view.stores().controls().killSwitch()).isTrue();
    assertThat(ApiClient.json(client.get("api/v1/kill-switch", VIEWER)).get("engaged").asBoolean())
        .isTrue();
    var audited = view.stores().audit().entries().getLast().record();
    assertThat(audited.actor()).isEqualTo("api:ada");
    assertThat(audited.detail()).contains("on").contains("migration");
  }

  @Test
  void rejectsBadBodiesNamingTheField() {
    HttpResponse<String> missing =
        client.call("PUT", "api/v1/kill-switch", ADMIN, "{\"engaged\": \"yes\"}");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(ApiClient.json(missing).get("error").asText()).contains("'engaged'");
    HttpResponse<String> broken =
        client.call("PUT", "api/v1/kill-switch", ADMIN, "{\"engaged\": tru");
    assertThat(broken.statusCode()).isEqualTo(400);
    assertThat(ApiClient.json(broken).get("error").asText()).contains("not valid JSON");
    HttpResponse<String> phase =
        client.call("PUT", "api/v1/phase", ADMIN, "{\"severity\":\"high\",\"phase\":\"yolo\"}");
    assertThat(phase.statusCode()).isEqualTo(400);
    assertThat(ApiClient.json(phase).get("error").asText()).contains("'phase'").contains("assist");
  }

  @Test
  void anAdminSetsThePhaseOfASeverity() {
    String body = "{\"severity\":\"high\",\"phase\":\"autonomous\"}";
    assertThat(client.call("PUT", "api/v1/phase", OPERATOR, body).statusCode()).isEqualTo(403);

    HttpResponse<String> r = client.call("PUT", "api/v1/phase", ADMIN, body);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(ApiClient.json(client.get("api/v1/phase", VIEWER)).get("high").asText())
        .isEqualTo("autonomous");
    assertThat(view.stores().audit().entries().getLast().record().kind())
        .isEqualTo("control.phase");
  }

  @Test
  void refusesABodyOverOneMebibyte() {
    String huge = "{\"comment\":\"" + "x".repeat(Exchanges.MAX_BODY) + "\"}";
    HttpResponse<String> r =
        client.call(
            "POST", "api/v1/approvals/" + KEY.replace("/", "%2F") + "/approve", OPERATOR, huge);
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(view.stores().approvals().pending()).hasSize(1);
  }

  @Test
  void listsIncidentsAndShowsOneWithItsTimelineActionsAndApprovals() {
    JsonNode list = ApiClient.json(client.get("api/v1/incidents?state=all", VIEWER));
    assertThat(list).hasSize(1);
    JsonNode first = list.get(0);
    assertThat(first.get("id").asLong()).isEqualTo(1);
    assertThat(first.get("sla").asText()).isEqualTo("entity_data_freshness");
    assertThat(first.get("state").asText()).isEqualTo("detected");
    assertThat(first.get("openedAt").asText()).isEqualTo("2026-11-23T09:00:00Z");
    assertThat(first.get("closedAt").isNull()).isTrue();
    assertThat(first.has("rootCause") && first.has("knownError") && first.has("trigger")).isTrue();

    JsonNode detail = ApiClient.json(client.get("api/v1/incidents/1", VIEWER));
    assertThat(detail.get("timeline").isArray()).isTrue();
    assertThat(detail.get("actions").isArray()).isTrue();
    assertThat(detail.get("approvals").get(0).get("key").asText()).isEqualTo(KEY);
    assertThat(detail.get("report").isNull()).isTrue();
    assertThat(client.get("api/v1/incidents?state=maybe", VIEWER).statusCode()).isEqualTo(400);
  }

  @Test
  void statusCountsOpenIncidentsAndPendingApprovals() {
    JsonNode status = ApiClient.json(client.get("api/v1/status", VIEWER));
    assertThat(status.get("agent").asText()).isEqualTo(view.config().agent().name());
    assertThat(status.get("openIncidents").asInt()).isEqualTo(1);
    assertThat(status.get("pendingApprovals").asInt()).isEqualTo(1);
    assertThat(status.get("killSwitch").asBoolean()).isFalse();
    assertThat(status.get("startedAt").asText()).isEqualTo("2026-11-23T09:00:00Z");
    JsonNode tree = ApiClient.json(client.get("api/v1/tree", VIEWER));
    assertThat(tree.get("nodes").get(0).get("health").asText()).isEqualTo("unknown");
    assertThat(ApiClient.json(client.get("api/v1/slas", VIEWER)).get(0).get("status").asText())
        .isEqualTo("unmeasured");
    assertThat(
            ApiClient.json(client.get("api/v1/known-errors", VIEWER))
                .get(0)
                .has("meanTimeToResolveSeconds"))
        .isTrue();
  }

  @Test
  void healthNeedsNoTokenAndReadinessNeedsARecentTick() {
    HttpResponse<String> health = client.get("healthz", null);
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(ApiClient.json(health).get("status").asText()).isEqualTo("ok");
    HttpResponse<String> early = client.get("readyz", null);
    assertThat(early.statusCode()).isEqualTo(503);
    assertThat(ApiClient.json(early).get("reason").asText()).contains("first tick");

    view.lastTick = Optional.of(T0.plusSeconds(59));
    assertThat(client.get("readyz", null).statusCode()).isEqualTo(200);
    view.lastTick = Optional.of(T0);
    assertThat(client.get("readyz", null).statusCode()).isEqualTo(503);
  }

  @Test
  void metricsNeedAViewerAndCarryEveryFamily() {
    view.blind = List.of(new AgentView.BlindSource("prometheus", "connection refused", T0));
    Prober blind =
        metrics.timing((check, where) -> Health.unknown("refused"), (c, w) -> "prometheus");
    blind.check(
        new Healthcheck.Http(
            java.net.URI.create("http://x"),
            "GET",
            java.util.Set.of(200),
            Optional.empty(),
            Optional.empty()),
        Coordinates.NONE);
    Incident open = view.stores().incidents().find(new IncidentId(1)).orElseThrow();
    view.stores()
        .timeline()
        .append(open.id(), TimelineEvent.of(T0.plusSeconds(30), EventType.DIAGNOSED, "redis"));
    Incident closed = open.moveTo(IncidentState.ESCALATED, T0.plusSeconds(120));
    metrics
        .observing(notice -> {}, view.stores().timeline())
        .notify(new Notice.Closed(closed, "report"));
    view.stores().deliveries().enqueue("slack", new IncidentId(1), "escalated", "", T0);
    view.stores()
        .deliveries()
        .failed(view.stores().deliveries().list(Optional.empty(), 1).getFirst().id(), "401");
    view.stores()
        .actions()
        .record(
            new ActionRecord(
                new IdempotencyKey(KEY),
                1,
                T0,
                "docker_exec",
                ActionClass.KILL_CONNECTIONS,
                "container/redis",
                Optional.empty(),
                ActionOutcome.PENDING_APPROVAL,
                "asks"));
    assertThat(client.get("metrics", null).statusCode()).isEqualTo(401);

    HttpResponse<String> r = client.get("metrics", VIEWER);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("text/plain"));
    assertThat(r.body())
        .contains("nightshift_incidents{state=\"detected\"} 1")
        .contains("nightshift_blind_sources 1")
        .contains("nightshift_probe_duration_seconds_count{source=\"prometheus\"} 1")
        .contains("nightshift_probe_errors_total{source=\"prometheus\"} 1")
        .contains(
            "nightshift_incident_resolution_seconds_sum{outcome=\"escalated\",sla=\"entity_data_freshness\"} 120")
        .contains("nightshift_notifications{channel=\"slack\",state=\"failed\"} 1")
        .contains(
            "nightshift_actions{action_class=\"kill_connections\",outcome=\"pending_approval\"} 1")
        .contains("nightshift_incident_diagnosis_seconds_sum{sla=\"entity_data_freshness\"} 30");
  }

  @Test
  void servesTheUiWithoutATokenAndRefusesPathsOutsideIt() {
    HttpResponse<String> index = client.get("", null);
    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(index.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(index.body()).contains("Nightshift");
    assertThat(client.get("ui/index.html", null).statusCode()).isEqualTo(200);
    assertThat(client.get("ui/..%2Fdev%2Fnightshift%2Fapp%2FMain.class", null).statusCode())
        .isEqualTo(404);
    assertThat(client.get("ui/%2E%2E/META-INF/MANIFEST.MF", null).statusCode()).isEqualTo(404);
    assertThat(client.get("ui/missing.js", null).statusCode()).isEqualTo(404);
  }

  @Test
  void mountedHandlersGetTheirCallerOrAreRefused() {
    server.mount(
        "/webhooks/test",
        exchange -> {
          byte[] name =
              ApiServer.caller(exchange)
                  .orElseThrow()
                  .name()
                  .getBytes(java.nio.charset.StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, name.length);
          exchange.getResponseBody().write(name);
          exchange.close();
        },
        Access.OPERATOR);
    assertThat(client.call("POST", "webhooks/test", VIEWER, "{}").statusCode()).isEqualTo(403);
    assertThat(client.call("POST", "webhooks/test", null, "{}").statusCode()).isEqualTo(401);
    assertThat(client.call("POST", "webhooks/test", OPERATOR, "{}").body()).isEqualTo("otto");
  }
}
