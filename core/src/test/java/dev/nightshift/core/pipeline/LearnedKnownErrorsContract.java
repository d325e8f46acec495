package dev.nightshift.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.knowledge.KnownErrorId;
import dev.nightshift.core.knowledge.LearnedKnownError;
import dev.nightshift.core.knowledge.LearnedKnownErrors;
import dev.nightshift.core.knowledge.LearnedState;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LearnedKnownErrors} store does, run against the memory and the SQLite store.
 */
public abstract class LearnedKnownErrorsContract extends StoreContract {

  private LearnedKnownErrors learned() {
    return stores().learned();
  }

  private static LearnedKnownError proposal(long incident, Instant at) {
    return LearnedKnownError.proposed(
        new KnownErrorId("learned-" + incident),
        "id: learned-" + incident + "\nroot_cause: \"«consumer» stuck\"\n",
        incident,
        "human:alice",
        at);
  }

  @Test
  void findsAProposalByItsId() {
    LearnedKnownError proposal = proposal(7, at(0));

    assertThat(learned().propose(proposal)).isTrue();

    assertThat(learned().find(proposal.id())).contains(proposal);
    assertThat(learned().find(new KnownErrorId("learned-8"))).isEmpty();
  }

  @Test
  void refusesASecondProposalWithTheSameId() {
    LearnedKnownError first = proposal(7, at(0));
    learned().propose(first);

    boolean second = learned().propose(proposal(7, at(30)));

    assertThat(second).isFalse();
    assertThat(learned().find(first.id())).contains(first);
  }

  @Test
  void listsNewestFirst() {
    LearnedKnownError first = proposal(1, at(0));
    LearnedKnownError second = proposal(2, at(10));
    LearnedKnownError third = proposal(3, at(20));
    learned().propose(first);
    learned().propose(second);
    learned().propose(third);

    assertThat(learned().all()).containsExactly(third, second, first);
  }

  @Test
  void aDecisionReplacesTheProposalWithWhatWasApproved() {
    LearnedKnownError proposal = proposal(7, at(0));
    learned().propose(proposal);
    LearnedKnownError approved =
        proposal.decided(
            LearnedState.APPROVED,
            "id: learned-7\nroot_cause: edited\n",
            "alice",
            at(60).plusNanos(5),
            Optional.of("edited before approval"));

    assertThat(learned().decide(approved)).contains(approved);

    assertThat(learned().find(proposal.id())).contains(approved);
  }

  @Test
  void theSecondDecisionLoses() {
    LearnedKnownError proposal = proposal(7, at(0));
    learned().propose(proposal);
    LearnedKnownError approved =
        proposal.decided(LearnedState.APPROVED, proposal.yaml(), "alice", at(60), Optional.empty());
    LearnedKnownError rejected =
        proposal.decided(
            LearnedState.REJECTED, proposal.yaml(), "bob", at(61), Optional.of("too broad"));

    learned().decide(approved);

    assertThat(learned().decide(rejected)).isEmpty();
    assertThat(learned().find(proposal.id())).contains(approved);
  }

  @Test
  void decidingAnUnknownEntryChangesNothing() {
    LearnedKnownError never =
        proposal(9, at(0))
            .decided(LearnedState.APPROVED, "id: learned-9\n", "alice", at(1), Optional.empty());

    assertThat(learned().decide(never)).isEmpty();
    assertThat(learned().all()).isEmpty();
  }

  @Test
  void keepsProposalsAndDecisionsAcrossARestart() {
    LearnedKnownError waiting = proposal(1, at(0));
    LearnedKnownError rejected =
        proposal(2, at(10))
            .decided(LearnedState.REJECTED, "id: learned-2\n", "bob", at(20), Optional.of("flaky"));
    learned().propose(waiting);
    learned().propose(proposal(2, at(10)));
    learned().decide(rejected);

    LearnedKnownErrors reopened = reopen().learned();

    assertThat(reopened.all()).containsExactly(rejected, waiting);
    assertThat(reopened.propose(proposal(1, at(30)))).isFalse();
  }
}
