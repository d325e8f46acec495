package dev.nightshift.core.reasoning;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Counters of what the reasoner did, for the agent's {@code /metrics}. */
public final class ReasonerStats {

  private final ConcurrentHashMap<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
  private final AtomicLong cacheHits = new AtomicLong();
  private final AtomicLong overBudget = new AtomicLong();
  private final AtomicLong toolCalls = new AtomicLong();
  private final AtomicLong inputTokens = new AtomicLong();
  private final AtomicLong outputTokens = new AtomicLong();

  void outcome(Outcome outcome) {
    outcomes.computeIfAbsent(outcome.kind(), n -> new AtomicLong()).incrementAndGet();
  }

  void countCacheHit() {
    cacheHits.incrementAndGet();
  }

  void countOverBudget() {
    overBudget.incrementAndGet();
  }

  void countToolCall() {
    toolCalls.incrementAndGet();
  }

  void used(Usage usage) {
    inputTokens.addAndGet(usage.inputTokens());
    outputTokens.addAndGet(usage.outputTokens());
  }

  /** Investigations by outcome: proposed, explained, rejected, unanswered. */
  public Map<String, Long> outcomes() {
    Map<String, Long> out = new TreeMap<>();
    outcomes.forEach((k, v) -> out.put(k, v.get()));
    return out;
  }

  public long cacheHits() {
    return cacheHits.get();
  }

  public long overBudget() {
    return overBudget.get();
  }

  public long toolCalls() {
    return toolCalls.get();
  }

  public long inputTokens() {
    return inputTokens.get();
  }

  public long outputTokens() {
    return outputTokens.get();
  }
}
