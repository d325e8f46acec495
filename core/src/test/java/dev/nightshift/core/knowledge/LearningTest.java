package dev.nightshift.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.audit.AuditEntry;
import dev.nightshift.core.pipeline.MemoryStores;
import dev.nightshift.core.pipeline.Stores;
import dev.nightshift.core.testing.ManualClock;
import dev.nightshift.core.testing.ScriptedReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class LearningTest {

  private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
  private static final KnownErrorId LEARNED_7 = new KnownErrorId("learned-7");
  private static final String EDITED = "id: learned-7\nroot_cause: \"edited\"\n";
  private static final String RENAMED = "id: learned-99\nroot_cause: \"renamed\"\n";

  private final ManualClock clock = new ManualClock(T0);
  private final Stores stores = MemoryStores.create();
  private final Draft draft = DraftTest.draft(7);
  private final ScriptedReader reader =
      new ScriptedReader()
          .knownError(draft.yaml(), KnownErrorsTest.error("learned-7", "as drafted"))
          .knownError(EDITED, KnownErrorsTest.error("learned-7", "edited"))
          .knownError(RENAMED, KnownErrorsTest.error("learned-99", "renamed"));
  private KnownErrors known = new KnownErrors(List.of(KnownErrorsTest.error("ke-001", "seed")));
  private Learning learning = learning();

  private Learning learning() {
    return new Learning(known, stores.learned(), reader, stores.audit(), clock);
  }

  private LearnedKnownError proposed() {
    return ((Checked.Ok<LearnedKnownError>) learning.propose(draft, "reasoner")).value();
  }

  private static List<String> problems(Checked<?> result) {
    assertThat(result).isInstanceOf(Checked.Invalid.class);
    return ((Checked.Invalid<?>) result).problems();
  }

  private LearnedState state() {
    return stores.learned().find(LEARNED_7).orElseThrow().state();
  }

  private List<String> audited() {
    return stores.audit().entries().stream()
        .map(AuditEntry::record)
        .map(r -> r.actor() + " " + r.kind() + " " + r.subject() + ": " + r.detail())
        .toList();
  }

  @Test
  void proposesADraftAsAProposedKnownErrorThatIsNotYetMatched() {
    LearnedKnownError proposal = proposed();

    assertThat(proposal.id()).isEqualTo(LEARNED_7);
    assertThat(proposal.state()).isEqualTo(LearnedState.PROPOSED);
    assertThat(proposal.yaml()).isEqualTo(draft.yaml());
    assertThat(proposal.incident()).isEqualTo(7);
    assertThat(proposal.source()).isEqualTo("reasoner");
    assertThat(proposal.proposedAt()).isEqualTo(T0);
    assertThat(stores.learned().find(LEARNED_7)).contains(proposal);
    assertThat(known.find(LEARNED_7)).isEmpty();
    assertThat(audited())
        .containsExactly(
            "reasoner known_error.proposed known error learned-7: learned from incident 7");
  }

  @Test
  void refusesADraftTheReaderDoesNotAccept() {
    Learning strict =
        new Learning(known, stores.learned(), new ScriptedReader(), stores.audit(), clock);

    assertThat(problems(strict.propose(draft, "reasoner")))
        .containsExactly("not a known error this test knows");
    assertThat(stores.learned().all()).isEmpty();
    assertThat(stores.audit().entries()).isEmpty();
  }

  @Test
  void refusesToProposeTheSameIdTwice() {
    proposed();

    assertThat(problems(learning.propose(draft, "human:alice")))
        .containsExactly("learned-7 was proposed already");
    assertThat(stores.learned().all())
        .singleElement()
        .extracting(LearnedKnownError::source)
        .isEqualTo("reasoner");
  }

  @Test
  void refusesToProposeTheIdOfAnActiveKnownError() {
    known = new KnownErrors(List.of(KnownErrorsTest.error("learned-7", "configured")));
    learning = learning();

    assertThat(problems(learning.propose(draft, "reasoner")))
        .containsExactly("learned-7 was proposed already");
  }

  @Test
  void approvingAsDraftedMakesItActive() {
    proposed();
    clock.advance(Duration.ofMinutes(5));

    Checked<LearnedKnownError> result = learning.approve(LEARNED_7, "alice", Optional.empty());

    LearnedKnownError approved = ((Checked.Ok<LearnedKnownError>) result).value();
    assertThat(approved.state()).isEqualTo(LearnedState.APPROVED);
    assertThat(approved.decidedBy()).contains("alice");
    assertThat(approved.decidedAt()).contains(T0.plus(Duration.ofMinutes(5)));
    assertThat(approved.yaml()).isEqualTo(draft.yaml());
    assertThat(approved.note()).isEmpty();
    assertThat(stores.learned().find(LEARNED_7)).contains(approved);
    assertThat(known.require(LEARNED_7).rootCause()).isEqualTo("as drafted");
    assertThat(audited())
        .last()
        .isEqualTo("alice known_error.approved known error learned-7: approved");
  }

  @Test
  void approvingAsEditedActivatesAndKeepsTheEditedText() {
    proposed();

    LearnedKnownError approved =
        ((Checked.Ok<LearnedKnownError>) learning.approve(LEARNED_7, "alice", Optional.of(EDITED)))
            .value();

    assertThat(approved.yaml()).isEqualTo(EDITED);
    assertThat(approved.note()).contains("edited before approval");
    assertThat(known.require(LEARNED_7).rootCause()).isEqualTo("edited");
    assertThat(audited())
        .last()
        .isEqualTo("alice known_error.approved known error learned-7: approved as edited");
  }

  @Test
  void anEditMustKeepTheId() {
    proposed();

    assertThat(problems(learning.approve(LEARNED_7, "alice", Optional.of(RENAMED))))
        .containsExactly("the edited known error must keep its id learned-7, not learned-99");
    assertThat(state()).isEqualTo(LearnedState.PROPOSED);
    assertThat(known.find(LEARNED_7)).isEmpty();
    assertThat(known.find(new KnownErrorId("learned-99"))).isEmpty();
  }

  @Test
  void anInvalidEditGivesTheReadersProblemsAndStaysProposed() {
    proposed();

    assertThat(problems(learning.approve(LEARNED_7, "alice", Optional.of("id: [broken"))))
        .containsExactly("not a known error this test knows");
    assertThat(state()).isEqualTo(LearnedState.PROPOSED);
    assertThat(known.find(LEARNED_7)).isEmpty();

    assertThat(learning.approve(LEARNED_7, "alice", Optional.empty()))
        .isInstanceOf(Checked.Ok.class);
  }

  @Test
  void refusesToApproveAnIdTheFileConfiguresSinceItWasProposed() {
    proposed();
    known = new KnownErrors(List.of(KnownErrorsTest.error("learned-7", "now in the file")));
    learning = learning();

    assertThat(problems(learning.approve(LEARNED_7, "alice", Optional.empty())))
        .containsExactly("learned-7 is configured in known_errors.yaml now: change it there");
    assertThat(state()).isEqualTo(LearnedState.PROPOSED);
    assertThat(known.require(LEARNED_7).rootCause()).isEqualTo("now in the file");
  }

  @Test
  void rejectingKeepsItOutWithTheReason() {
    proposed();

    LearnedKnownError rejected =
        ((Checked.Ok<LearnedKnownError>)
                learning.reject(LEARNED_7, "bob", Optional.of("the wrong node")))
            .value();

    assertThat(rejected.state()).isEqualTo(LearnedState.REJECTED);
    assertThat(rejected.decidedBy()).contains("bob");
    assertThat(rejected.note()).contains("the wrong node");
    assertThat(known.find(LEARNED_7)).isEmpty();
    assertThat(audited())
        .last()
        .isEqualTo("bob known_error.rejected known error learned-7: the wrong node");
  }

  @Test
  void refusesASecondDecisionNamingWhoDecided() {
    proposed();
    learning.approve(LEARNED_7, "alice", Optional.empty());

    assertThat(problems(learning.reject(LEARNED_7, "bob", Optional.empty())))
        .containsExactly("learned-7 was already approved by alice");
    assertThat(problems(learning.approve(LEARNED_7, "bob", Optional.of(EDITED))))
        .containsExactly("learned-7 was already approved by alice");
    assertThat(known.require(LEARNED_7).rootCause()).isEqualTo("as drafted");
    assertThat(stores.learned().find(LEARNED_7).orElseThrow().decidedBy()).contains("alice");
  }

  @Test
  void onlyOneOfTwoHumansDecidingAtOnceWins() throws Exception {
    proposed();
    java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var approving =
          pool.submit(() -> {
            together.await();
            return learning.approve(LEARNED_7, "alice", Optional.empty());
          });
      var rejecting =
          pool.submit(() -> {
            together.await();
            return learning.reject(LEARNED_7, "bob", Optional.empty());
          });
      List<Checked<LearnedKnownError>> results = List.of(approving.get(), rejecting.get());

      assertThat(results).filteredOn(r -> r instanceof Checked.Ok).hasSize(1);
      LearnedKnownError decided = stores.learned().find(LEARNED_7).orElseThrow();
      String winner = decided.decidedBy().orElseThrow();
      assertThat(results)
          .filteredOn(r -> r instanceof Checked.Invalid)
          .singleElement()
          .satisfies(r ->
              assertThat(problems(r))
                  .containsExactly("learned-7 was already " + decided.state() + " by " + winner));
      assertThat(known.find(LEARNED_7).isPresent())
          .isEqualTo(decided.state() == LearnedState.APPROVED);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void refusesToApproveARejectedOne() {
    proposed();
    learning.reject(LEARNED_7, "bob", Optional.empty());

    assertThat(problems(learning.approve(LEARNED_7, "alice", Optional.empty())))
        .containsExactly("learned-7 was already rejected by bob");
    assertThat(known.find(LEARNED_7)).isEmpty();
  }

  @Test
  void namesAnIdThatWasNeverProposed() {
    assertThat(problems(learning.approve(LEARNED_7, "alice", Optional.empty())))
        .containsExactly("there is no learned known error learned-7");
    assertThat(problems(learning.reject(LEARNED_7, "alice", Optional.empty())))
        .containsExactly("there is no learned known error learned-7");
  }

  @Test
  void activatesTheApprovedOnesAgainAfterARestart() {
    proposed();
    learning.approve(LEARNED_7, "alice", Optional.of(EDITED));
    Draft other = DraftTest.draft(8);
    reader.knownError(other.yaml(), KnownErrorsTest.error("learned-8", "rejected"));
    learning.propose(other, "reasoner");
    learning.reject(new KnownErrorId("learned-8"), "bob", Optional.empty());
    Draft pending = DraftTest.draft(9);
    reader.knownError(pending.yaml(), KnownErrorsTest.error("learned-9", "pending"));
    learning.propose(pending, "reasoner");

    known = new KnownErrors(List.of(KnownErrorsTest.error("ke-001", "seed")));
    learning = learning();
    List<String> problems = learning.activateApproved();

    assertThat(problems).isEmpty();
    assertThat(known.all()).extracting(KnownError::rootCause).containsExactly("seed", "edited");
  }

  @Test
  void namesTheApprovedOnesThatNoLongerLoadOrClashWithTheFile() {
    proposed();
    learning.approve(LEARNED_7, "alice", Optional.empty());
    Draft other = DraftTest.draft(8);
    reader.knownError(other.yaml(), KnownErrorsTest.error("learned-8", "eight"));
    learning.propose(other, "reasoner");
    learning.approve(new KnownErrorId("learned-8"), "alice", Optional.empty());

    known = new KnownErrors(List.of(KnownErrorsTest.error("learned-8", "now in the file")));
    learning =
        new Learning(
            known,
            stores.learned(),
            new ScriptedReader()
                .knownError(other.yaml(), KnownErrorsTest.error("learned-8", "eight")),
            stores.audit(),
            clock);

    assertThat(learning.activateApproved())
        .containsExactly(
            "learned-7 no longer loads: not a known error this test knows",
            "learned-8 is configured in known_errors.yaml; the file's wins");
    assertThat(known.all()).extracting(KnownError::rootCause).containsExactly("now in the file");
  }

  @Test
  void exportsInTheFormatOfKnownErrorsYaml() {
    proposed();
    Draft other = DraftTest.draft(8);
    reader.knownError(other.yaml(), KnownErrorsTest.error("learned-8", "eight"));
    learning.propose(other, "reasoner");

    String exported = learning.export(stores.learned().all().reversed());

    assertThat(exported)
        .startsWith("errors:\n  - id: learned-7\n    signature:\n      node: redis\n");
    Load load = new Load(LoadSettings.builder().build());
    @SuppressWarnings("unchecked")
    Map<String, Object> file = (Map<String, Object>) load.loadFromString(exported);
    assertThat(file.get("errors"))
        .isEqualTo(
            List.of(
                new Load(LoadSettings.builder().build()).loadFromString(draft.yaml()),
                new Load(LoadSettings.builder().build()).loadFromString(other.yaml())));
  }

  @Test
  void exportsNothingAsAnEmptyList() {
    String exported = learning.export(List.of());

    @SuppressWarnings("unchecked")
    Map<String, Object> file =
        (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(exported);
    assertThat(file.get("errors")).isEqualTo(List.of());
  }
}
