package dev.nightshift.app.ui;

import static dev.nightshift.app.ui.Chromium.jsString;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nightshift.app.testing.AgentProcess;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The acceptance test against the real agent: {@code nightshift demo} from the shaded jar
 * serves the UI while the simulator hangs Redis (ke-005, a container restart only a human may
 * approve); a headless Chromium loads the board, approves, and watches the incident resolve.
 */
class DemoUiIT {

  private static final Path SCENARIO = Path.of("src/test/resources/ui-demo/demo.yaml");
  private static final Path OUT = Path.of("target/ui");
  private static final Pattern UI_AT =
      Pattern.compile("nightshift: UI at (http://127\\.0\\.0\\.1:\\d+/)#token=(\\S+)");
  private static final Duration CALL = Duration.ofSeconds(10);
  private static final Duration SHORT = Duration.ofSeconds(15);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String token = "demo-ui-it-" + UUID.randomUUID();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(CALL).build();
  private AgentProcess demo;
  private Chromium chromium;
  private String base;

  @RegisterExtension
  final TestWatcher demoLogOnFailure =
      new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
          if (demo != null) {
            List<String> lines = demo.log().lines().toList();
            System.err.println("--- the demo's last output lines ---");
            lines
                .subList(Math.max(0, lines.size() - 80), lines.size())
                .forEach(System.err::println);
          }
        }
      };

  @BeforeEach
  void start() throws IOException {
    Path log = OUT.resolve("demo.log");
    Files.deleteIfExists(log);
    demo =
        AgentProcess.launch(
            List.of(
                "demo",
                "--scenario",
                SCENARIO.toString(),
                "--port",
                "0",
                "--token",
                token,
                "--speed",
                "30",
                "--quiet-nodes"),
            log,
            Map.of(),
            "nightshift: UI at");
    Matcher at = UI_AT.matcher(demo.log());
    assertThat(at.find()).as("the demo's 'UI at' line: %s", demo.log()).isTrue();
    assertThat(at.group(2)).as("the token in the printed address").isEqualTo(token);
    base = at.group(1);
    chromium = Chromium.launch();
  }

  @AfterEach
  void stop() throws IOException {
    try {
      if (chromium != null) {
        chromium.close();
      }
    } finally {
      if (demo != null) {
        demo.close();
      }
    }
  }

  @Test
  void anApprovalGivenInTheBrowserLetsTheAgentRestartRedisAndResolveTheIncident() {
    chromium.navigate(base + "#token=" + token);
    boardShowsEverySla();

    JsonNode pending = awaitPendingApprovalCard();
    chromium.screenshot(OUT.resolve("demo-approval.png"));
    JsonNode decided = approveInTheBrowser(pending.get("key").asText());

    refusesASecondApprovalAndAnonymousCalls(decided);
    showsTheIncidentResolvedAfterTheApprovedRestart(decided);
    chromium.evaluate(
        "[...document.querySelectorAll('[data-testid=timeline-event]')]"
            + ".find(e => e.textContent.startsWith('approved by')).scrollIntoView({block: 'start'})");
    chromium.screenshot(OUT.resolve("demo-resolved.png"));
    assertThat(chromium.consoleErrors()).as("console errors").isEmpty();
  }

  private void boardShowsEverySla() {
    chromium.waitFor("document.querySelectorAll('[data-testid=sla-card]').length > 0", SHORT);
    List<String> slas = api("/slas").findValuesAsText("id");
    assertThat(slas).isNotEmpty();
    assertThat(chromium.data("[data-testid=sla-card]", "sla"))
        .containsExactlyInAnyOrderElementsOf(slas);
    assertThat(chromium.evaluate("location.href").asText()).doesNotContain("token");
  }

  /** The agent asks for ke-005's restart; the approvals view shows it as a pending card. */
  private JsonNode awaitPendingApprovalCard() {
    chromium.evaluate("location.hash = '#/approvals'");
    String pendingCard = "[data-testid=approval-card][data-state=pending]";
    chromium.waitFor(
        "document.querySelector(" + jsString(pendingCard + " [data-testid=approve]") + ")",
        Duration.ofSeconds(60));
    String key = chromium.data(pendingCard, "key").getFirst();
    JsonNode approval = approval(key).orElseThrow();
    assertThat(approval.get("state").asText()).isEqualTo("pending");
    assertThat(approval.get("action").asText() + " " + approval.get("reason").asText())
        .as("what the pending approval asks for")
        .contains("docker_restart");
    return approval;
  }

  /**
   * Clicks Approve and returns the approval as the API reports it afterwards; once decided, the
   * page moves it from the pending cards to the "Decided" table, which names who decided.
   */
  private JsonNode approveInTheBrowser(String key) {
    String card = "[data-testid=approval-card][data-key=" + jsString(key) + "]";
    chromium.click(card + " [data-testid=approve]");
    chromium.waitFor("!document.querySelector(" + jsString(card) + ")", SHORT);
    JsonNode decided = approval(key).orElseThrow();
    assertThat(decided.get("state").asText()).isEqualTo("approved");
    String by = decided.get("decidedBy").asText();
    assertThat(by).as("the actor the demo token is audited as").matches("api:\\S+");
    assertThat(chromium.text("#view")).contains(by);
    return decided;
  }

  private void refusesASecondApprovalAndAnonymousCalls(JsonNode decided) {
    String key = URLEncoder.encode(decided.get("key").asText(), StandardCharsets.UTF_8);
    HttpResponse<String> again =
        send(
            authorized("/approvals/" + key + "/approve")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());
    assertThat(again.statusCode()).as("a second approval: %s", again.body()).isEqualTo(409);
    assertThat(again.body()).contains(decided.get("decidedBy").asText());
    HttpResponse<String> anonymous =
        send(HttpRequest.newBuilder(URI.create(base + "api/v1/status")).timeout(CALL).build());
    assertThat(anonymous.statusCode()).as("no token: %s", anonymous.body()).isEqualTo(401);
  }

  private void showsTheIncidentResolvedAfterTheApprovedRestart(JsonNode decided) {
    String incident = decided.get("incident").asText();
    String row = "[data-testid=incident-row][data-incident=" + jsString(incident) + "]";
    chromium.evaluate("location.hash = '#/incidents'");
    chromium.waitFor(
        "document.querySelector(" + jsString(row + "[data-state=resolved]") + ")",
        Duration.ofSeconds(90));
    JsonNode detail = api("/incidents/" + incident);
    assertThat(detail.get("state").asText()).isEqualTo("resolved");

    chromium.click(row + " a");
    chromium.waitFor("document.querySelector('[data-testid=incident-report]')", SHORT);
    assertThat(chromium.texts("[data-testid=timeline-event]"))
        .anySatisfy(
            m -> assertThat(m).contains("approved by " + decided.get("decidedBy").asText()));
    assertThat(chromium.text("[data-testid=incident-report]")).contains("docker_restart");
  }

  private Optional<JsonNode> approval(String key) {
    return StreamSupport.stream(api("/approvals?state=all").spliterator(), false)
        .filter(a -> a.get("key").asText().equals(key))
        .findFirst();
  }

  private JsonNode api(String path) {
    HttpResponse<String> response = send(authorized(path).GET().build());
    assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("GET " + path + " answered no JSON: " + response.body(), e);
    }
  }

  private HttpRequest.Builder authorized(String path) {
    return HttpRequest.newBuilder(URI.create(base + "api/v1" + path))
        .timeout(CALL)
        .header("Authorization", "Bearer " + token);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("cannot reach the demo's API: " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted calling " + request.uri(), e);
    }
  }
}
