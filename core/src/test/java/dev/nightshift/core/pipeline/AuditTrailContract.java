package dev.nightshift.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.audit.AuditChain;
import dev.nightshift.core.audit.AuditEntry;
import dev.nightshift.core.audit.AuditRecord;
import dev.nightshift.core.audit.AuditTrail;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link AuditTrail} does, run against the memory and the SQLite store. */
public abstract class AuditTrailContract extends StoreContract {

  private AuditTrail audit() {
    return stores().audit();
  }

  protected static AuditRecord record(Instant at, String detail) {
    return new AuditRecord(at, "agent", "action.executed", "incident 1", detail);
  }

  @Test
  void anEmptyTrailIsIntact() {
    assertThat(audit().entries()).isEmpty();
    assertThat(AuditChain.verify(audit().entries()))
        .isEqualTo(new AuditChain.Check.Intact(0, AuditChain.GENESIS));
  }

  @Test
  void numbersEntriesFromOneEachLinkedToTheOneBefore() {
    AuditEntry first = audit().append(record(at(0), "one"));
    AuditEntry second = audit().append(record(at(1), "two"));
    AuditEntry third = audit().append(record(at(1), "three"));

    assertThat(List.of(first, second, third))
        .extracting(AuditEntry::sequence)
        .containsExactly(1L, 2L, 3L);
    assertThat(first.previousHash()).isEqualTo(AuditChain.GENESIS);
    assertThat(second.previousHash()).isEqualTo(first.hash());
    assertThat(third.previousHash()).isEqualTo(second.hash());
    assertThat(audit().entries()).containsExactly(first, second, third);
    assertThat(AuditChain.verify(audit().entries()))
        .isEqualTo(new AuditChain.Check.Intact(3, third.hash()));
  }

  @Test
  void keepsEntriesExactlyAsAppended() {
    AuditRecord awkward =
        new AuditRecord(
            at(0).plusNanos(1),
            "Zoë (operator)",
            "policy.decision",
            "container/redis",
            "denied: cooldown «10m»\nsecond line\t\"quoted\" \\ 🚒");

    AuditEntry entry = audit().append(awkward);

    assertThat(audit().entries()).containsExactly(entry);
    assertThat(audit().entries().getFirst().record()).isEqualTo(awkward);
    assertThat(AuditChain.verify(audit().entries())).isInstanceOf(AuditChain.Check.Intact.class);
  }

  @Test
  void concurrentAppendsKeepOneUnbrokenChain() throws Exception {
    int threads = 8;
    int each = 25;
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      for (int t = 0; t < threads; t++) {
        String name = "thread " + t;
        done.add(
            pool.submit(() -> {
              start.await();
              for (int i = 0; i < each; i++) {
                audit().append(record(at(i), name + " entry " + i));
              }
              return null;
            }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get();
      }
    }

    assertThat(AuditChain.verify(audit().entries()))
        .isInstanceOf(AuditChain.Check.Intact.class)
        .extracting(c -> ((AuditChain.Check.Intact) c).entries())
        .isEqualTo((long) threads * each);
  }

  @Test
  void theChainContinuesAcrossARestart() {
    audit().append(record(at(0), "before"));
    AuditEntry last = audit().append(record(at(1), "before"));

    Stores restarted = reopen();
    AuditEntry next = restarted.audit().append(record(at(2), "after"));

    assertThat(next.sequence()).isEqualTo(3);
    assertThat(next.previousHash()).isEqualTo(last.hash());
    assertThat(AuditChain.verify(restarted.audit().entries()))
        .isEqualTo(new AuditChain.Check.Intact(3, next.hash()));
  }
}
