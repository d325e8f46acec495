package dev.nightshift.app.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.app.config.Config;
import dev.nightshift.app.config.ConfigLoader;
import dev.nightshift.app.learning.LearningDesk;
import dev.nightshift.app.learning.LearningFixtures;
import dev.nightshift.core.audit.AuditRecord;
import dev.nightshift.core.knowledge.KnownErrorId;
import dev.nightshift.core.knowledge.LearnedKnownError;
import dev.nightshift.core.knowledge.LearnedState;
import dev.nightshift.core.notify.ChatReply;
import dev.nightshift.core.notify.ChatRequest;
import dev.nightshift.core.pipeline.MemoryStores;
import dev.nightshift.core.pipeline.Stores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** learned, ke approve|reject and fix from chat, allow-listed and audited like the rest. */
class ChatLearningTest {

  private static final Instant NOW = Instant.parse("2026-11-21T03:15:00Z");
  private static final String ROOM = "-100200";
  private static final Config CONFIG =
      new ConfigLoader(name -> Optional.empty())
          .load(Path.of("../examples/freshness-pipeline"))
          .config()
          .orElseThrow();

  private final Stores stores = MemoryStores.create();
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final LearningDesk desk = LearningDesk.local(CONFIG, stores, clock);
  private final ChatOps chat =
      new ChatOps(
          stores,
          CONFIG.tree(),
          CONFIG.knownErrors(),
          Map.of("telegram", Set.of(ROOM)),
          Map.of(),
          Optional.empty(),
          () -> Optional.of(desk),
          clock);

  private ChatReply say(String text) {
    return chat.handle(new ChatRequest("telegram", ROOM, "4242", "@alice", text));
  }

  private AuditRecord audited(String kind) {
    return stores.audit().entries().stream()
        .map(e -> e.record())
        .filter(r -> r.kind().equals(kind))
        .reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError("nothing audited as " + kind));
  }

  @Test
  void listsTheProposedOnesWithTheirRootCause() {
    LearnedKnownError proposal = LearningFixtures.proposal(desk, stores, NOW);

    ChatReply reply = say("learned");

    assertThat(reply.refused()).isFalse();
    assertThat(reply.text())
        .contains(proposal.id() + " from incident " + proposal.incident())
        .contains(LearningFixtures.ROOT_CAUSE + " at " + LearningFixtures.NODE);
  }

  @Test
  void approvesOnceWithTheSenderAsTheActor() {
    LearnedKnownError proposal = LearningFixtures.proposal(desk, stores, NOW);

    ChatReply approved = say("ke approve " + proposal.id());
    ChatReply late = say("/ke reject " + proposal.id() + " too broad");

    assertThat(approved.refused()).isFalse();
    assertThat(approved.text()).startsWith("approved " + proposal.id() + " by telegram:@alice");
    assertThat(audited("known_error.approved").actor()).isEqualTo("telegram:@alice");
    assertThat(late.refused()).isTrue();
    assertThat(late.text()).contains("already approved by telegram:@alice");
  }

  @Test
  void rejectsWithTheRestOfTheLineAsTheReason() {
    LearnedKnownError proposal = LearningFixtures.proposal(desk, stores, NOW);

    ChatReply rejected = say("ke reject " + proposal.id() + " matches far too much");

    assertThat(rejected.text()).endsWith(": matches far too much");
    LearnedKnownError now = stores.learned().find(proposal.id()).orElseThrow();
    assertThat(now.state()).isEqualTo(LearnedState.REJECTED);
    assertThat(now.note()).hasValue("matches far too much");
  }

  @Test
  void recordsAFixAsAProposal() {
    long incident = LearningFixtures.unexplainedIncident(stores, NOW);

    ChatReply reply =
        say(
            "fix "
                + incident
                + " supervisor_restart "
                + LearningFixtures.NODE
                + " -- stuck after a rebalance");

    assertThat(reply.refused()).isFalse();
    assertThat(reply.text()).startsWith("proposed learned-" + incident);
    LearnedKnownError proposed =
        stores.learned().find(new KnownErrorId("learned-" + incident)).orElseThrow();
    assertThat(proposed.source()).isEqualTo("human:telegram:@alice");
    assertThat(proposed.yaml()).contains("stuck after a rebalance");
  }

  @Test
  void explainsTheFixSyntaxAndWhatTheCatalogRefuses() {
    long incident = LearningFixtures.unexplainedIncident(stores, NOW);

    ChatReply noDash = say("fix " + incident + " supervisor_restart " + LearningFixtures.NODE);
    ChatReply unknown = say("fix " + incident + " reboot_all redis_instance -- x");

    assertThat(noDash.refused()).isTrue();
    assertThat(noDash.text()).startsWith("usage: fix N ACTION NODE");
    assertThat(unknown.refused()).isTrue();
    assertThat(unknown.text()).startsWith("refused: ").contains("reboot_all");
  }

  @Test
  void refusesStrangersAndSaysWhenThereIsNoLearningLoop() {
    LearnedKnownError proposal = LearningFixtures.proposal(desk, stores, NOW);
    ChatReply stranger =
        chat.handle(
            new ChatRequest(
                "telegram", "elsewhere", "1", "@mallory", "ke approve " + proposal.id()));
    ChatOps without =
        new ChatOps(
            stores,
            CONFIG.tree(),
            CONFIG.knownErrors(),
            Map.of("telegram", Set.of(ROOM)),
            Map.of(),
            Optional.empty(),
            clock);

    assertThat(stranger.refused()).isTrue();
    assertThat(stores.learned().find(proposal.id()).orElseThrow().state())
        .isEqualTo(LearnedState.PROPOSED);
    assertThat(
            without.handle(new ChatRequest("telegram", ROOM, "4242", "@alice", "learned")).text())
        .isEqualTo("the learning loop is not available here");
    assertThat(say("help").text()).contains("ke approve ID").contains("fix N ACTION NODE");
  }
}
