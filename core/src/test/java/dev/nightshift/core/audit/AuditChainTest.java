package dev.nightshift.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AuditChainTest {

  private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

  private static final List<AuditEntry> CHAIN =
      chain(
          new AuditRecord(T0, "agent", "incident.opened", "incident 12", "freshness breached"),
          new AuditRecord(
              T0.plusSeconds(5), "policy", "policy.decision", "container/redis", "allowed"),
          new AuditRecord(
              T0.plusSeconds(6),
              "agent",
              "action.executed",
              "container/redis",
              "12 clients killed"));

  @Test
  void verifiesAnIntactChain() {
    assertThat(AuditChain.verify(CHAIN))
        .isEqualTo(new AuditChain.Check.Intact(3, CHAIN.getLast().hash()));
  }

  @Test
  void verifiesAnEmptyChainAsIntactAtGenesis() {
    assertThat(AuditChain.verify(List.of()))
        .isEqualTo(new AuditChain.Check.Intact(0, AuditChain.GENESIS));
  }

  @Test
  void linksEachEntryToTheOneBefore() {
    assertThat(CHAIN.get(0).previousHash()).isEqualTo(AuditChain.GENESIS);
    assertThat(CHAIN.get(1).previousHash()).isEqualTo(CHAIN.get(0).hash());
    assertThat(CHAIN.get(2).previousHash()).isEqualTo(CHAIN.get(1).hash());
    assertThat(CHAIN)
        .extracting(AuditEntry::hash)
        .doesNotHaveDuplicates()
        .allMatch(h -> h.length() == 64);
  }

  static Stream<Arguments> edits() {
    return Stream.of(
        edit(
            "time",
            e ->
                withRecord(
                    e,
                    new AuditRecord(
                        e.record().at().plusMillis(1),
                        e.record().actor(),
                        e.record().kind(),
                        e.record().subject(),
                        e.record().detail()))),
        edit(
            "actor",
            e ->
                withRecord(
                    e,
                    new AuditRecord(
                        e.record().at(),
                        "mallory",
                        e.record().kind(),
                        e.record().subject(),
                        e.record().detail()))),
        edit(
            "kind",
            e ->
                withRecord(
                    e,
                    new AuditRecord(
                        e.record().at(),
                        e.record().actor(),
                        "policy.override",
                        e.record().subject(),
                        e.record().detail()))),
        edit(
            "subject",
            e ->
                withRecord(
                    e,
                    new AuditRecord(
                        e.record().at(),
                        e.record().actor(),
                        e.record().kind(),
                        "container/db",
                        e.record().detail()))),
        edit(
            "detail",
            e ->
                withRecord(
                    e,
                    new AuditRecord(
                        e.record().at(),
                        e.record().actor(),
                        e.record().kind(),
                        e.record().subject(),
                        "denied"))),
        edit(
            "hash",
            e -> new AuditEntry(e.sequence(), e.record(), e.previousHash(), "f".repeat(64))),
        edit(
            "previous hash",
            e -> new AuditEntry(e.sequence(), e.record(), AuditChain.GENESIS, e.hash())),
        edit("sequence", e -> new AuditEntry(7, e.record(), e.previousHash(), e.hash())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("edits")
  void findsAnEditToAnyFieldOfTheSecondEntry(String field, UnaryOperator<AuditEntry> edit) {
    List<AuditEntry> edited = new ArrayList<>(CHAIN);
    edited.set(1, edit.apply(CHAIN.get(1)));

    assertThat(AuditChain.verify(edited))
        .isInstanceOfSatisfying(
            AuditChain.Check.Broken.class, b -> assertThat(b.sequence()).isEqualTo(2));
  }

  @Test
  void saysAnEditedEntryNoLongerMatchesItsHash() {
    List<AuditEntry> edited = new ArrayList<>(CHAIN);
    AuditRecord r = CHAIN.get(1).record();
    edited.set(
        1,
        withRecord(
            CHAIN.get(1), new AuditRecord(r.at(), r.actor(), r.kind(), r.subject(), "denied")));

    assertThat(AuditChain.verify(edited))
        .isEqualTo(new AuditChain.Check.Broken(2, "its content does not match its hash (edited)"));
  }

  @Test
  void findsAnEditedEntryWhoseHashWasRecomputedAtTheNextLink() {
    AuditEntry second = CHAIN.get(1);
    AuditRecord r = second.record();
    AuditEntry forged =
        AuditChain.link(
            2,
            second.previousHash(),
            new AuditRecord(r.at(), r.actor(), r.kind(), r.subject(), "denied"));

    assertThat(AuditChain.verify(List.of(CHAIN.get(0), forged, CHAIN.get(2))))
        .isEqualTo(new AuditChain.Check.Broken(3, "does not link to the entry before it"));
  }

  @Test
  void findsADeletedEntry() {
    assertThat(AuditChain.verify(List.of(CHAIN.get(0), CHAIN.get(2))))
        .isEqualTo(
            new AuditChain.Check.Broken(2, "expected entry 2 but found 3 (missing or reordered)"));
  }

  @Test
  void findsADeletedFirstEntry() {
    assertThat(AuditChain.verify(CHAIN.subList(1, 3)))
        .isEqualTo(
            new AuditChain.Check.Broken(1, "expected entry 1 but found 2 (missing or reordered)"));
  }

  @Test
  void findsReorderedEntries() {
    assertThat(AuditChain.verify(List.of(CHAIN.get(0), CHAIN.get(2), CHAIN.get(1))))
        .isEqualTo(
            new AuditChain.Check.Broken(2, "expected entry 2 but found 3 (missing or reordered)"));
  }

  @Test
  void findsEntriesRenumberedToHideADeletion() {
    AuditEntry third = CHAIN.get(2);
    AuditEntry renumbered = new AuditEntry(2, third.record(), third.previousHash(), third.hash());

    assertThat(AuditChain.verify(List.of(CHAIN.get(0), renumbered)))
        .isInstanceOfSatisfying(
            AuditChain.Check.Broken.class, b -> assertThat(b.sequence()).isEqualTo(2));
  }

  private static List<AuditEntry> chain(AuditRecord... records) {
    List<AuditEntry> entries = new ArrayList<>();
    String previous = AuditChain.GENESIS;
    for (AuditRecord record : records) {
      AuditEntry entry = AuditChain.link(entries.size() + 1, previous, record);
      entries.add(entry);
      previous = entry.hash();
    }
    return List.copyOf(entries);
  }

  private static Arguments edit(String field, UnaryOperator<AuditEntry> edit) {
    return Arguments.of(field, edit);
  }

  /** The entry with another record but its old hashes, as an edit in the store would leave it. */
  private static AuditEntry withRecord(AuditEntry e, AuditRecord record) {
    return new AuditEntry(e.sequence(), record, e.previousHash(), e.hash());
  }
}
