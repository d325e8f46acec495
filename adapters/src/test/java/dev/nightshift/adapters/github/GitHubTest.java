package dev.nightshift.adapters.github;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nightshift.adapters.net.Endpoint;
import dev.nightshift.adapters.testing.Golden;
import dev.nightshift.adapters.testing.LocalApi;
import dev.nightshift.adapters.testing.LocalApi.Answer;
import dev.nightshift.adapters.testing.SampleNotices;
import dev.nightshift.core.notify.Channel;
import dev.nightshift.core.notify.IncidentReport;
import dev.nightshift.core.notify.SampleReports;
import dev.nightshift.core.notify.SendResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GitHubTest {

  private static final String TOKEN = "ghp_t0kenT0kenT0ken";
  private static final Instant NOW = Instant.parse("2026-11-21T06:00:00Z");

  private final ObjectMapper json = new ObjectMapper();

  private static Channel channel(LocalApi api) {
    Endpoint endpoint = Endpoint.of(api.url(), Duration.ofSeconds(5));
    return new GitHubChannel(
        "issues", new GitHubIssues(endpoint, "acme/ops", TOKEN, Clock.fixed(NOW, ZoneOffset.UTC)));
  }

  private static void assertGitHubHeaders(LocalApi.Received got) {
    assertThat(got.header("authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(got.header("accept")).isEqualTo("application/vnd.github+json");
    assertThat(got.header("x-github-api-version")).isEqualTo("2022-11-28");
    assertThat(got.header("user-agent")).isNotBlank();
  }

  @Test
  void opensAnIssueWithTheFullReportWhenAnIncidentEscalates() throws Exception {
    try (LocalApi api = LocalApi.start(Answer.of(201, "{\"number\": 42, \"id\": 9}"))) {
      IncidentReport report = SampleReports.escalated();
      SendResult result = channel(api).send(SampleNotices.closed(report), report, Optional.empty());

      assertThat(result).isEqualTo(new SendResult.Sent(Optional.of("42")));
      assertThat(api.received()).hasSize(1);
      LocalApi.Received got = api.last();
      assertThat(got.method()).isEqualTo("POST");
      assertThat(got.path()).isEqualTo("/repos/acme/ops/issues");
      assertGitHubHeaders(got);
      JsonNode issue = json.readTree(got.body());
      assertThat(issue.path("title").asText()).isEqualTo(report.title());
      assertThat(issue.path("body").asText()).isEqualTo(GitHubMarkdown.issue(report));
      assertThat(issue.path("labels").toString()).isEqualTo("[\"nightshift\",\"sev2\"]");
    }
  }

  @Test
  void commentsOnTheIncidentsIssueForALaterNotice() throws Exception {
    try (LocalApi api = LocalApi.start(Answer.of(201, "{\"id\": 7}"))) {
      IncidentReport report = SampleReports.awaitingApproval();
      SendResult result =
          channel(api).send(SampleNotices.approval(report), report, Optional.of("42"));

      assertThat(result).isEqualTo(new SendResult.Sent(Optional.of("42")));
      LocalApi.Received got = api.last();
      assertThat(got.path()).isEqualTo("/repos/acme/ops/issues/42/comments");
      assertGitHubHeaders(got);
      assertThat(json.readTree(got.body()).path("body").asText())
          .startsWith("### Approval needed: supervisor\\_restart kafka\\_to\\_redis\\_entity");
    }
  }

  @Test
  void closesTheIssueAsCompletedWhenTheIncidentIsResolved() throws Exception {
    try (LocalApi api = LocalApi.start(Answer.of(201, "{\"id\": 7}"), Answer.of(200, "{}"))) {
      IncidentReport report = SampleReports.resolved();
      SendResult result =
          channel(api).send(SampleNotices.closed(report), report, Optional.of("42"));

      assertThat(result).isEqualTo(new SendResult.Sent(Optional.of("42")));
      assertThat(api.received())
          .extracting(LocalApi.Received::method)
          .containsExactly("POST", "PATCH");
      LocalApi.Received patch = api.last();
      assertThat(patch.path()).isEqualTo("/repos/acme/ops/issues/42");
      assertGitHubHeaders(patch);
      JsonNode state = json.readTree(patch.body());
      assertThat(state.path("state").asText()).isEqualTo("closed");
      assertThat(state.path("state_reason").asText()).isEqualTo("completed");
    }
  }

  @Test
  void anEscalationOnAnExistingIssueLeavesItOpen() {
    try (LocalApi api = LocalApi.start(Answer.of(201, "{\"id\": 7}"))) {
      IncidentReport report = SampleReports.escalated();
      channel(api).send(SampleNotices.closed(report), report, Optional.of("42"));

      assertThat(api.received()).extracting(LocalApi.Received::method).containsExactly("POST");
    }
  }

  @Test
  void aRejectedTokenOrAMissingRepositoryIsNotRetried() {
    String bad = "{\"message\": \"Bad credentials\", \"documentation_url\": \"x\"}";
    try (LocalApi api =
        LocalApi.start(
            Answer.of(401, bad),
            Answer.of(404, "{\"message\":\"Not Found\"}"),
            Answer.of(422, "{\"message\":\"Validation Failed\"}"),
            Answer.of(403, "{\"message\":\"Resource not accessible by integration\"}"))) {
      IncidentReport report = SampleReports.escalated();
      Channel channel = channel(api);
      for (int i = 0; i < 4; i++) {
        SendResult result = channel.send(SampleNotices.closed(report), report, Optional.empty());
        assertThat(result)
            .isInstanceOfSatisfying(
                SendResult.Failed.class,
                f -> {
                  assertThat(f.retryable()).isFalse();
                  assertThat(f.reason()).contains("acme/ops").doesNotContain(TOKEN);
                });
      }
    }
  }

  @Test
  void waitsAsGitHubsRateLimitSaysAndRetriesServerErrors() {
    long reset = NOW.plusSeconds(90).getEpochSecond();
    try (LocalApi api =
        LocalApi.start(
            new Answer(403, "{\"message\":\"secondary rate limit\"}", Map.of("Retry-After", "60")),
            new Answer(
                429,
                "{\"message\":\"API rate limit exceeded\"}",
                Map.of("X-RateLimit-Remaining", "0", "X-RateLimit-Reset", Long.toString(reset))),
            Answer.of(502, "bad gateway"))) {
      IncidentReport report = SampleReports.escalated();
      Channel channel = channel(api);
      SendResult secondary = channel.send(SampleNotices.closed(report), report, Optional.empty());
      SendResult primary = channel.send(SampleNotices.closed(report), report, Optional.empty());
      SendResult down = channel.send(SampleNotices.closed(report), report, Optional.empty());

      assertThat(secondary)
          .isInstanceOfSatisfying(
              SendResult.Failed.class,
              f -> {
                assertThat(f.retryable()).isTrue();
                assertThat(f.retryAfter()).contains(Duration.ofSeconds(60));
              });
      assertThat(primary)
          .isInstanceOfSatisfying(
              SendResult.Failed.class,
              f -> {
                assertThat(f.retryable()).isTrue();
                assertThat(f.retryAfter()).contains(Duration.ofSeconds(90));
              });
      assertThat(down)
          .isInstanceOfSatisfying(SendResult.Failed.class, f -> assertThat(f.retryable()).isTrue());
    }
  }

  @Test
  void aLogLineWithBackticksCannotEndItsCodeBlock() {
    String fenced = GitHubMarkdown.fenced("ERROR ``` # not a heading\n````x");

    assertThat(fenced).startsWith("`````text\n").endsWith("\n`````\n");
  }

  @Test
  void escapesMarkdownInFreeText() {
    assertThat(GitHubMarkdown.escape("a_b *c* <d> [e](f) | `g` #h"))
        .isEqualTo("a\\_b \\*c\\* \\<d\\> \\[e\\](f) \\| \\`g\\` \\#h");
  }

  @Test
  void rendersTheSampleReportsAsInTheGoldenFiles() {
    Golden.check("github", "resolved.md", GitHubMarkdown.issue(SampleReports.resolved()));
    Golden.check("github", "escalated.md", GitHubMarkdown.issue(SampleReports.escalated()));
    Golden.check(
        "github",
        "escalated-rejected-hypothesis.md",
        GitHubMarkdown.issue(SampleReports.escalatedAfterRejectedHypothesis()));
    IncidentReport waiting = SampleReports.awaitingApproval();
    Golden.check(
        "github",
        "awaiting-approval.md",
        GitHubMarkdown.comment(SampleNotices.approval(waiting), waiting));
  }
}
