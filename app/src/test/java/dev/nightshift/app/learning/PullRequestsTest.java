package dev.nightshift.app.learning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nightshift.adapters.testing.LocalApi;
import dev.nightshift.adapters.testing.LocalApi.Answer;
import dev.nightshift.app.config.Config;
import dev.nightshift.app.config.ConfigLoader;
import dev.nightshift.app.config.LoadResult;
import dev.nightshift.app.config.yaml.Problem;
import dev.nightshift.core.audit.AuditRecord;
import dev.nightshift.core.knowledge.LearnedKnownError;
import dev.nightshift.core.pipeline.MemoryStores;
import dev.nightshift.core.pipeline.Stores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An approved known error proposed as a pull request, against a local GitHub stand-in. */
class PullRequestsTest {

  private static final Path EXAMPLE = Path.of("../examples/freshness-pipeline");
  private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
  private static final String TOKEN = "ghp_s3cretT0kenValue";

  @TempDir Path tmp;

  private final Stores stores = MemoryStores.create();
  private final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);

  private LoadResult load(String learning) throws IOException {
    Path config = tmp.resolve("config");
    Files.createDirectories(config);
    for (String file :
        List.of("nightshift.yaml", "dependency_tree.yaml", "known_errors.yaml", "policy.yaml")) {
      Files.copy(EXAMPLE.resolve(file), config.resolve(file));
    }
    Path main = config.resolve("nightshift.yaml");
    Files.writeString(main, Files.readString(main) + "\n" + learning);
    return new ConfigLoader(name -> name.equals("GH_TOKEN") ? Optional.of(TOKEN) : Optional.empty())
        .load(config);
  }

  private Config config(LocalApi api) throws IOException {
    return load("""
    learning:
      pull_request:
        repo: acme/platform
        path: ops/known_errors.yaml
        token_env: GH_TOKEN
        api_url: %s
    """
            .formatted(api.url()))
        .config()
        .orElseThrow();
  }

  private LearningDesk desk(Config config) {
    LearningDesk desk = LearningDesk.local(config, stores, clock);
    for (LearningDesk.Listener l :
        PullRequests.listeners(config, stores.audit(), clock, Runnable::run)) {
      desk = new LearningDesk(desk, l);
    }
    return desk;
  }

  private AuditRecord lastPullRequestAudit() {
    return stores.audit().entries().stream()
        .map(e -> e.record())
        .filter(r -> r.kind().equals("known_error.pull_request"))
        .reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError("no pull request audited"));
  }

  @Test
  void opensAPullRequestAppendingTheApprovedEntryToTheFile() throws Exception {
    String file = "errors:\n  - id: ke-001\n";
    try (LocalApi api =
        LocalApi.start(
            Answer.of(200, "{\"object\": {\"sha\": \"c0ffee\"}}"),
            Answer.of(201, "{}"),
            Answer.of(
                200,
                "{\"sha\": \"f11e\", \"content\": \""
                    + Base64.getEncoder().encodeToString(file.getBytes(StandardCharsets.UTF_8))
                    + "\"}"),
            Answer.of(200, "{}"),
            Answer.of(201, "{\"html_url\": \"https://github.com/acme/platform/pull/3\"}"))) {
      LearningDesk desk = desk(config(api));
      LearnedKnownError proposal = LearningFixtures.proposal(desk, stores, T0);

      LearningDesk.Outcome outcome =
          desk.approve(proposal.id().value(), "api:otto", Optional.empty());

      assertThat(outcome).isInstanceOf(LearningDesk.Outcome.Done.class);
      AuditRecord audited = lastPullRequestAudit();
      assertThat(audited.detail())
          .startsWith("opened https://github.com/acme/platform/pull/3")
          .contains("acme/platform");
      var put = new ObjectMapper().readTree(api.received().get(3).body());
      String written =
          new String(
              Base64.getDecoder().decode(put.path("content").asText()), StandardCharsets.UTF_8);
      assertThat(written).isEqualTo(file + PullRequests.item(proposal));
      assertThat(written).contains("  - id: " + proposal.id() + "\n    signature:\n");
      assertThat(api.received().getFirst().path())
          .isEqualTo("/repos/acme/platform/git/ref/heads/main");
    }
  }

  @Test
  void aFailedPullRequestIsAuditedAndTheApprovalStands() throws Exception {
    try (LocalApi api = LocalApi.start(Answer.of(401, "{\"message\": \"Bad credentials\"}"))) {
      LearningDesk desk = desk(config(api));
      LearnedKnownError proposal = LearningFixtures.proposal(desk, stores, T0);

      LearningDesk.Outcome outcome =
          desk.approve(proposal.id().value(), "api:otto", Optional.empty());

      assertThat(outcome).isInstanceOf(LearningDesk.Outcome.Done.class);
      assertThat(lastPullRequestAudit().detail())
          .startsWith("failed: ")
          .contains("401")
          .contains("Bad credentials")
          .doesNotContain(TOKEN);
    }
  }

  @Test
  void noPullRequestWithoutTheSection() {
    LearningDesk desk =
        desk(new ConfigLoader(name -> Optional.empty()).load(EXAMPLE).config().orElseThrow());
    LearnedKnownError proposal = LearningFixtures.proposal(desk, stores, T0);

    desk.approve(proposal.id().value(), "api:otto", Optional.empty());

    assertThat(stores.audit().entries())
        .noneMatch(e -> e.record().kind().equals("known_error.pull_request"));
  }

  @Test
  void refusesARepositoryThatIsNotOwnerSlashNameAndATokenInTheFile() throws IOException {
    LoadResult result =
        load(
            """
            learning:
              pull_request:
                repo: platform
                token: ghp_inline
            """);

    assertThat(result.config()).isEmpty();
    assertThat(result.errors())
        .extracting(Problem::format)
        .anySatisfy(p -> assertThat(p).contains("expected owner/name, got 'platform'"))
        .anySatisfy(p -> assertThat(p).contains("a secret is never written in the file"));
  }
}
