package dev.nightshift.app.learning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.app.config.Config;
import dev.nightshift.app.config.ConfigLoader;
import dev.nightshift.core.knowledge.LearnedKnownError;
import dev.nightshift.core.pipeline.MemoryStores;
import dev.nightshift.core.pipeline.Stores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The desk's answers over the shipped example and memory stores. */
class LearningDeskTest {

  private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
  private static final Config CONFIG =
      new ConfigLoader(name -> Optional.empty())
          .load(Path.of("../examples/freshness-pipeline"))
          .config()
          .orElseThrow();

  private final Stores stores = MemoryStores.create();
  private final List<String> approvals = new ArrayList<>();
  private final LearningDesk local =
      LearningDesk.local(CONFIG, stores, Clock.fixed(T0, ZoneOffset.UTC));

  @Test
  void aSecondDecisionIsAlreadyDecidedAndNamesWhoWasFirst() {
    LearnedKnownError proposal = LearningFixtures.proposal(local, stores, T0);
    local.approve(proposal.id().value(), "cli:alice", Optional.empty());

    LearningDesk.Outcome late = local.reject(proposal.id().value(), "cli:bob", Optional.of("no"));

    assertThat(late)
        .isInstanceOfSatisfying(
            LearningDesk.Outcome.AlreadyDecided.class,
            a ->
                assertThat(a.reason())
                    .startsWith(proposal.id() + " was already approved by cli:alice"));
  }

  @Test
  void tellsItsListenersOfEachApprovalOnly() {
    LearningDesk desk = new LearningDesk(local, (e, by) -> approvals.add(e.id() + " " + by));
    LearnedKnownError first = LearningFixtures.proposal(desk, stores, T0);
    LearnedKnownError second = LearningFixtures.proposal(desk, stores, T0.plusSeconds(900));

    desk.approve(first.id().value(), "api:otto", Optional.empty());
    desk.reject(second.id().value(), "api:otto", Optional.empty());
    desk.approve(first.id().value(), "api:ada", Optional.empty());

    assertThat(approvals).containsExactly(first.id() + " api:otto");
  }

  @Test
  void exportsOldestFirstAndTheProposedOnesOnlyWhenAskedTo() {
    LearnedKnownError approved = LearningFixtures.proposal(local, stores, T0);
    LearnedKnownError proposed = LearningFixtures.proposal(local, stores, T0.plusSeconds(900));
    local.approve(approved.id().value(), "cli:alice", Optional.empty());

    assertThat(local.export(false))
        .contains(approved.id().value())
        .doesNotContain(proposed.id().value());
    assertThat(local.export(true))
        .containsSubsequence("- id: " + approved.id(), "- id: " + proposed.id());
  }

  @Test
  void anUnknownOrMalformedIdIsNotFound() {
    assertThat(local.approve("learned-7", "x", Optional.empty()))
        .isInstanceOf(LearningDesk.Outcome.NotFound.class);
    assertThat(local.reject("not an id!", "x", Optional.empty()))
        .isInstanceOf(LearningDesk.Outcome.NotFound.class);
    assertThat(local.recordFix(3, "x", List.of(LearningFixtures.restart()), Optional.empty(), "x"))
        .isInstanceOf(LearningDesk.Outcome.NotFound.class);
  }
}
