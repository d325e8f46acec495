package dev.nightshift.adapters.github;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nightshift.adapters.net.Endpoint;
import dev.nightshift.adapters.testing.LocalApi;
import dev.nightshift.adapters.testing.LocalApi.Answer;
import dev.nightshift.core.notify.SendResult;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A pull request changing one file, against a local server speaking GitHub's REST API. */
class GitHubPullRequestTest {

  private static final String TOKEN = "ghp_t0kenT0kenT0ken";
  private static final String FILE = "errors:\n  - id: ke-001\n    root_cause: x\n";
  private static final String ADDED = "  - id: learned-12\n    root_cause: y\n";

  private final ObjectMapper json = new ObjectMapper();

  private static FileChange change() {
    return new FileChange(
        "main",
        "config/known_errors.yaml",
        "nightshift/learned-12",
        "Add learned known error learned-12",
        "Known error learned-12",
        "Approved by api:otto",
        text -> text + ADDED);
  }

  private static SendResult open(LocalApi api) {
    return GitHub.pullRequest(
        Endpoint.of(api.url(), Duration.ofSeconds(5)), "acme/ops", TOKEN, change());
  }

  private static String base64(String text) {
    // GitHub wraps the content at 60 characters.
    return Base64.getMimeEncoder(60, "\n".getBytes(StandardCharsets.UTF_8))
        .encodeToString(text.getBytes(StandardCharsets.UTF_8))
        .replace("\n", "\\n");
  }

  @Test
  void branchesFromTheBaseWritesTheEditedFileAndOpensThePullRequest() throws Exception {
    try (LocalApi api =
        LocalApi.start(
            Answer.of(200, "{\"ref\": \"refs/heads/main\", \"object\": {\"sha\": \"c0ffee\"}}"),
            Answer.of(201, "{\"ref\": \"refs/heads/nightshift/learned-12\"}"),
            Answer.of(200, "{\"sha\": \"f11e\", \"content\": \"" + base64(FILE) + "\"}"),
            Answer.of(200, "{\"commit\": {\"sha\": \"beef\"}}"),
            Answer.of(
                201, "{\"number\": 7, \"html_url\": \"https://github.com/acme/ops/pull/7\"}"))) {

      SendResult result = open(api);

      assertThat(result)
          .isEqualTo(new SendResult.Sent(Optional.of("https://github.com/acme/ops/pull/7")));
      var got = api.received();
      assertThat(got)
          .extracting(LocalApi.Received::method)
          .containsExactly("GET", "POST", "GET", "PUT", "POST");
      assertThat(got.get(0).path()).isEqualTo("/repos/acme/ops/git/ref/heads/main");
      JsonNode ref = json.readTree(got.get(1).body());
      assertThat(ref.path("ref").asText()).isEqualTo("refs/heads/nightshift/learned-12");
      assertThat(ref.path("sha").asText()).isEqualTo("c0ffee");
      assertThat(got.get(2).path())
          .isEqualTo(
              "/repos/acme/ops/contents/config/known_errors.yaml?ref=nightshift%2Flearned-12");
      JsonNode put = json.readTree(got.get(3).body());
      assertThat(got.get(3).path()).isEqualTo("/repos/acme/ops/contents/config/known_errors.yaml");
      assertThat(put.path("sha").asText()).isEqualTo("f11e");
      assertThat(put.path("branch").asText()).isEqualTo("nightshift/learned-12");
      assertThat(
              new String(
                  Base64.getDecoder().decode(put.path("content").asText()), StandardCharsets.UTF_8))
          .isEqualTo(FILE + ADDED);
      JsonNode pull = json.readTree(got.get(4).body());
      assertThat(pull.path("head").asText()).isEqualTo("nightshift/learned-12");
      assertThat(pull.path("base").asText()).isEqualTo("main");
      assertThat(pull.path("title").asText()).isEqualTo("Known error learned-12");
      for (LocalApi.Received r : got) {
        assertThat(r.header("authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(r.header("x-github-api-version")).isEqualTo("2022-11-28");
      }
    }
  }

  @Test
  void createsTheFileWhenTheBranchHasNone() throws Exception {
    try (LocalApi api =
        LocalApi.start(
            Answer.of(200, "{\"object\": {\"sha\": \"c0ffee\"}}"),
            Answer.of(201, "{}"),
            Answer.of(404, "{\"message\": \"Not Found\"}"),
            Answer.of(201, "{}"),
            Answer.of(201, "{\"html_url\": \"https://github.com/acme/ops/pull/8\"}"))) {

      SendResult result = open(api);

      assertThat(result).isInstanceOf(SendResult.Sent.class);
      JsonNode put = json.readTree(api.received().get(3).body());
      assertThat(put.has("sha")).isFalse();
      assertThat(
              new String(
                  Base64.getDecoder().decode(put.path("content").asText()), StandardCharsets.UTF_8))
          .isEqualTo(ADDED);
    }
  }

  @Test
  void saysWhyWhenGitHubRefusesAndStopsThere() {
    try (LocalApi api =
        LocalApi.start(
            Answer.of(200, "{\"object\": {\"sha\": \"c0ffee\"}}"),
            Answer.of(422, "{\"message\": \"Reference already exists\"}"))) {

      SendResult result = open(api);

      assertThat(result)
          .isInstanceOfSatisfying(
              SendResult.Failed.class,
              f -> {
                assertThat(f.reason())
                    .contains("422")
                    .contains("creating branch nightshift/learned-12")
                    .contains("Reference already exists")
                    .doesNotContain(TOKEN);
                assertThat(f.retryable()).isFalse();
              });
      assertThat(api.received()).hasSize(2);
    }
  }
}
