package dev.nightshift.core.pipeline;

import dev.nightshift.core.policy.Approval;
import dev.nightshift.core.policy.ApprovalDecision;
import dev.nightshift.core.policy.ApprovalState;
import dev.nightshift.core.policy.Approvals;
import dev.nightshift.core.remediation.IdempotencyKey;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** Approvals by key, with the pending ones also indexed by request time, oldest first. */
final class MemoryApprovals implements Approvals {

  private record Stored(Ordinal ordinal, Approval approval) {}

  private final Map<IdempotencyKey, Stored> byKey = new HashMap<>();
  private final NavigableMap<Ordinal, Approval> pending = new TreeMap<>();
  private long lastSequence;

  @Override
  public synchronized void save(Approval approval) {
    Stored earlier = byKey.get(approval.key());
    long sequence = earlier == null ? ++lastSequence : earlier.ordinal().sequence();
    if (earlier != null) {
      pending.remove(earlier.ordinal());
    }
    Ordinal ordinal = new Ordinal(approval.requestedAt(), sequence);
    byKey.put(approval.key(), new Stored(ordinal, approval));
    if (approval.state() == ApprovalState.PENDING) {
      pending.put(ordinal, approval);
    }
  }

  @Override
  public synchronized Optional<Approval> find(IdempotencyKey key) {
    return Optional.ofNullable(byKey.get(key)).map(Stored::approval);
  }

  @Override
  public synchronized ApprovalDecision decide(
      IdempotencyKey key, ApprovalState decision, String by, Instant at) {
    Stored stored = byKey.get(key);
    if (stored == null) {
      return new ApprovalDecision.NotFound(key);
    }
    if (stored.approval().state() != ApprovalState.PENDING) {
      return new ApprovalDecision.AlreadyDecided(stored.approval());
    }
    Approval decided = stored.approval().decide(decision, by, at);
    save(decided);
    return new ApprovalDecision.Decided(decided);
  }

  @Override
  public synchronized List<Approval> recent(int limit) {
    return byKey.values().stream()
        .sorted(Comparator.comparing(Stored::ordinal).reversed())
        .limit(limit)
        .map(Stored::approval)
        .toList();
  }

  @Override
  public synchronized List<Approval> pending() {
    return List.copyOf(pending.values());
  }
}
