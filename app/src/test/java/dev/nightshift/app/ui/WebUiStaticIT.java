package dev.nightshift.app.ui;

import static dev.nightshift.app.ui.Chromium.jsString;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The web UI in a real headless Chromium against canned API answers ({@link UiFixtureServer}): what
 * the page shows, what it sends, and that it throws nothing. Expectations are read from the same
 * fixture files the server answers with.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebUiStaticIT {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final Path OUT = Path.of("target/ui");
  private static final String KEY_12 = "incident-12/attempt-1/step-0";
  private static final String KEY_13 = "incident-13/attempt-1/step-0";

  private UiFixtureServer api;
  private Chromium chromium;

  @BeforeAll
  void start() throws IOException {
    api = new UiFixtureServer();
    chromium = Chromium.launch();
  }

  @AfterAll
  void stop() throws IOException {
    try {
      if (chromium != null) {
        chromium.close();
      }
    } finally {
      api.close();
    }
  }

  @AfterEach
  void pageLoggedNoErrors() {
    assertThat(chromium.consoleErrors()).as("console errors").isEmpty();
    assertThat(api.requests())
        .as("requests the fixture could not answer")
        .noneMatch(r -> r.status() == 404);
  }

  @Test
  void showsEverySlaWithItsStatusAndHidesTheTokenFromTheAddressBar() {
    open("#token=" + UiFixtureServer.TOKEN);
    chromium.waitFor("document.querySelectorAll('[data-testid=sla-card]').length > 0", WAIT);

    Map<String, String> expected = new LinkedHashMap<>();
    UiFixtureServer.fixture("slas.json")
        .forEach(s -> expected.put(s.get("id").asText(), s.get("status").asText()));
    assertThat(pairs("[data-testid=sla-card]", "sla", "status")).isEqualTo(expected);
    assertThat(chromium.texts("[data-testid=sla-card] [data-testid=sla-status]"))
        .as("status words on the cards")
        .containsExactlyInAnyOrderElementsOf(
            expected.values().stream().map(s -> s.replace('_', ' ')).toList());
    assertThat(chromium.evaluate("location.href").asText()).doesNotContain("token");
    assertThat(chromium.evaluate("sessionStorage.getItem('nightshift.token')").asText())
        .isEqualTo(UiFixtureServer.TOKEN);
    JsonNode status = UiFixtureServer.fixture("status.json");
    chromium.waitFor(
        "document.querySelector('[data-testid=agent-name]').textContent === "
            + jsString(status.get("agent").asText()),
        WAIT);
    assertThat(chromium.text("[data-testid=blind-banner]"))
        .contains(status.at("/blindSources/0/source").asText());
    assertThat(
            chromium.evaluate(
                "performance.getEntriesByType('resource').every(e => e.name.startsWith(location.origin))"))
        .as("the page loads nothing from another origin")
        .hasToString("true");
    chromium.screenshot(OUT.resolve("board.png"));
    chromium.viewport(390, 844, true);
    chromium.screenshot(OUT.resolve("board-phone.png"));
    chromium.viewport(1280, 800, false);
  }

  @Test
  void treeShowsEachNodesHealthAndItsReasonOnClick() {
    open("#token=" + UiFixtureServer.TOKEN);
    chromium.evaluate("location.hash = '#/tree'");
    chromium.waitFor("document.querySelectorAll('[data-testid=tree-node]').length > 0", WAIT);

    JsonNode tree = UiFixtureServer.fixture("tree.json");
    Map<String, String> health = new LinkedHashMap<>();
    tree.get("nodes").forEach(n -> health.put(n.get("id").asText(), n.get("health").asText()));
    assertThat(pairs("[data-testid=tree-node]", "node", "health")).isEqualTo(health);

    JsonNode down = first(tree.get("nodes"), n -> n.get("health").asText().equals("down"));
    chromium.click("[data-testid=tree-node][data-node=" + jsString(down.get("id").asText()) + "]");
    chromium.waitFor(
        "document.querySelector('[data-testid=node-detail]').textContent.includes("
            + jsString(down.get("reason").asText())
            + ")",
        WAIT);
    chromium.screenshot(OUT.resolve("tree.png"));
  }

  @Test
  void listsOpenIncidentsFirstWithTheirState() {
    open("#token=" + UiFixtureServer.TOKEN);
    chromium.evaluate("location.hash = '#/incidents'");
    chromium.waitFor("document.querySelectorAll('[data-testid=incident-row]').length > 0", WAIT);

    List<String> states = chromium.data("[data-testid=incident-row]", "state");
    List<String> expected = UiFixtureServer.fixture("incidents.json").findValuesAsText("state");
    assertThat(states).containsExactlyInAnyOrderElementsOf(expected);
    List<Boolean> closed =
        states.stream().map(s -> s.equals("resolved") || s.equals("escalated")).toList();
    assertThat(closed).as("closed flags of %s", states).contains(false, true).isSorted();
  }

  @Test
  void incidentDetailShowsTheTimelineAndTheReport() {
    open("#token=" + UiFixtureServer.TOKEN);
    chromium.evaluate("location.hash = '#/incidents/13'");
    chromium.waitFor("document.querySelector('[data-testid=incident-report]') !== null", WAIT);

    JsonNode incident = UiFixtureServer.fixture("incidents/13.json");
    assertThat(chromium.text("[data-testid=incident-report]"))
        .isEqualTo(incident.get("report").asText());
    assertThat(chromium.texts("[data-testid=timeline-event]"))
        .containsExactlyElementsOf(incident.get("timeline").findValuesAsText("message"));
    assertThat(chromium.data("[data-testid=approval-card]", "key"))
        .containsExactlyElementsOf(incident.get("approvals").findValuesAsText("key"));
    chromium.screenshot(OUT.resolve("incident.png"));
  }

  @Test
  void approvePostsTheEncodedKeyWithTheBearerToken() {
    open("#token=" + UiFixtureServer.TOKEN);
    chromium.evaluate("location.hash = '#/approvals'");
    String card = "[data-testid=approval-card][data-key=" + jsString(KEY_12) + "]";
    chromium.waitFor("document.querySelector(" + jsString(card) + ") !== null", WAIT);

    chromium.click(card + " [data-testid=approve]");

    var post = awaitRequest(r -> r.method().equals("POST"));
    assertThat(post.rawPath())
        .isEqualTo("/api/v1/approvals/incident-12%2Fattempt-1%2Fstep-0/approve");
    assertThat(post.authorization()).isEqualTo("Bearer " + UiFixtureServer.TOKEN);
    chromium.waitFor(
        "document.querySelector("
            + jsString(card + " [data-testid=approval-message]")
            + ")?.textContent.includes('Approved')",
        WAIT);
  }

  @Test
  void showsWhoDecidedFirstWhenTheApprovalWasAlreadyDecided() {
    open("#token=" + UiFixtureServer.TOKEN);
    chromium.evaluate("location.hash = '#/approvals'");
    String card = "[data-testid=approval-card][data-key=" + jsString(KEY_13) + "]";
    chromium.waitFor("document.querySelector(" + jsString(card) + ") !== null", WAIT);

    chromium.click(card + " [data-testid=approve]");

    String conflict =
        UiFixtureServer.fixture("writes.json")
            .get("POST /api/v1/approvals/incident-13%2Fattempt-1%2Fstep-0/approve")
            .at("/body/error")
            .asText();
    chromium.waitFor(
        "document.querySelector("
            + jsString(card + " [data-testid=approval-message]")
            + ")?.textContent.includes("
            + jsString(conflict)
            + ")",
        WAIT);
    chromium.screenshot(OUT.resolve("approvals.png"));
  }

  @Test
  void saysPolitelyThatTheKillSwitchNeedsAnAdmin() {
    open("#token=" + UiFixtureServer.TOKEN);
    chromium.evaluate("location.hash = '#/admin'");
    chromium.waitFor("document.querySelector('[data-testid=kill-switch]') !== null", WAIT);

    chromium.click("[data-testid=kill-switch]");

    chromium.waitFor(
        "document.querySelector('[data-testid=admin-message]')?.textContent.includes('admin role')",
        WAIT);
    assertThat(awaitRequest(r -> r.method().equals("PUT")).body()).contains("\"engaged\":true");
    chromium.screenshot(OUT.resolve("admin.png"));
  }

  @Test
  void showsTheProposedKnownErrorWithItsYamlAndApprovesItAsEdited() {
    open("#token=" + UiFixtureServer.TOKEN);
    chromium.evaluate("location.hash = '#/known-errors'");
    String card = "[data-testid=learned-card][data-id=learned-11]";
    chromium.waitFor("document.querySelector(" + jsString(card) + ") !== null", WAIT);

    JsonNode learned =
        first(
            UiFixtureServer.fixture("known-errors.json"),
            k -> k.path("state").asText().equals("proposed"));
    assertThat(
            chromium
                .evaluate("document.querySelector(" + jsString(card + " textarea") + ").value")
                .asText())
        .isEqualTo(learned.get("yaml").asText());
    assertThat(chromium.text(card)).contains(learned.get("rootCause").asText());
    assertThat(chromium.data("[data-testid=known-error]", "id"))
        .as("active known errors")
        .doesNotContain("learned-11");
    chromium.screenshot(OUT.resolve("known-errors-learned.png"));

    String edited = learned.get("yaml").asText().replace("Kafka rebalance", "rebalance storm");
    chromium.evaluate(
        "document.querySelector(" + jsString(card + " textarea") + ").value = " + jsString(edited));
    chromium.click(card + " [data-testid=learned-approve]");

    var post = awaitRequest(r -> r.rawPath().startsWith("/api/v1/known-errors/learned/"));
    assertThat(post.method()).isEqualTo("POST");
    assertThat(post.rawPath()).isEqualTo("/api/v1/known-errors/learned/learned-11/approve");
    assertThat(post.authorization()).isEqualTo("Bearer " + UiFixtureServer.TOKEN);
    assertThat(UiFixtureServer.json(post.body()).get("yaml").asText()).isEqualTo(edited);
    chromium.waitFor(
        "document.querySelector("
            + jsString(card + " [data-testid=learned-message]")
            + ")?.textContent.includes('Approved')",
        WAIT);
  }

  @Test
  void recordsWhatFixedAClosedIncidentAndShowsTheProblemsNextToTheForm() {
    open("#token=" + UiFixtureServer.TOKEN);
    chromium.evaluate("location.hash = '#/incidents/11'");
    chromium.waitFor("document.querySelector('[data-testid=fix-form]') !== null", WAIT);

    assertThat(chromium.evaluate("document.querySelector('[data-testid=fix-node]').value").asText())
        .as("the node defaults to the located root cause")
        .isEqualTo("consumer");
    chromium.evaluate(
        "document.querySelector('[data-testid=fix-root-cause]').value = 'stuck after a rebalance';"
            + "document.querySelector('[data-testid=fix-action]').value = 'docker_exec';"
            + "document.querySelector('[data-testid=fix-params]').value = 'command=kill -HUP 1\\n';");
    chromium.click("[data-testid=fix-submit]");

    var post = awaitRequest(r -> r.rawPath().endsWith("/fix"));
    assertThat(post.method()).isEqualTo("POST");
    assertThat(post.rawPath()).isEqualTo("/api/v1/incidents/11/fix");
    JsonNode body = UiFixtureServer.json(post.body());
    assertThat(body.get("root_cause").asText()).isEqualTo("stuck after a rebalance");
    assertThat(body.get("steps").toString())
        .isEqualTo(
            "[{\"action\":\"docker_exec\",\"node\":\"consumer\",\"command\":\"kill -HUP 1\"}]");
    String problem =
        UiFixtureServer.fixture("writes.json")
            .get("POST /api/v1/incidents/11/fix")
            .at("/body/error")
            .asText();
    chromium.waitFor(
        "document.querySelector('[data-testid=fix-message]')?.textContent.includes("
            + jsString(problem)
            + ")",
        WAIT);
    assertThat(
            chromium
                .evaluate("document.querySelector('[data-testid=fix-root-cause]').value")
                .asText())
        .as("what was typed survives the refusal")
        .isEqualTo("stuck after a rebalance");
    chromium.screenshot(OUT.resolve("incident-fix-form.png"));
  }

  @Test
  void offersNoFixFormForAnIncidentAKnownErrorExplained() {
    open("#token=" + UiFixtureServer.TOKEN);
    chromium.evaluate("location.hash = '#/incidents/13'");
    chromium.waitFor("document.querySelector('[data-testid=incident-report]') !== null", WAIT);

    assertThat(
            chromium
                .evaluate("document.querySelector('[data-testid=fix-form]') === null")
                .asBoolean())
        .isTrue();
  }

  @Test
  void asksForATokenWhenItHasNone() {
    open("");
    chromium.evaluate("sessionStorage.clear()");
    open("#/board");
    chromium.waitFor("document.getElementById('login').open", WAIT);

    chromium.evaluate(
        "document.getElementById('login-token').value = " + jsString(UiFixtureServer.TOKEN));
    chromium.click("#login button[type=submit]");

    chromium.waitFor("document.querySelectorAll('[data-testid=sla-card]').length > 0", WAIT);
    assertThat(chromium.evaluate("document.getElementById('login').open").asBoolean()).isFalse();
  }

  private void open(String fragment) {
    chromium.navigate("about:blank");
    chromium.navigate(api.base() + "/" + fragment);
  }

  private UiFixtureServer.Request awaitRequest(Predicate<UiFixtureServer.Request> which) {
    Instant deadline = Instant.now().plus(WAIT);
    while (Instant.now().isBefore(deadline)) {
      var match = api.requests().stream().filter(which).reduce((a, b) -> b);
      if (match.isPresent()) {
        return match.get();
      }
      chromium.evaluate("new Promise(r => setTimeout(r, 50))");
    }
    throw new AssertionError("the page sent no such request; it sent " + api.requests());
  }

  /** Each matching element's {@code data-<key>} mapped to its {@code data-<value>}. */
  private Map<String, String> pairs(String css, String key, String value) {
    List<String> keys = chromium.data(css, key);
    List<String> values = chromium.data(css, value);
    Map<String, String> pairs = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      pairs.put(keys.get(i), values.get(i));
    }
    return pairs;
  }

  private static JsonNode first(JsonNode array, Predicate<JsonNode> which) {
    for (JsonNode element : array) {
      if (which.test(element)) {
        return element;
      }
    }
    throw new AssertionError("no such element in the fixture: " + array);
  }
}
