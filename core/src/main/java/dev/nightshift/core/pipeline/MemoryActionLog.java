package dev.nightshift.core.pipeline;

import dev.nightshift.core.remediation.ActionLog;
import dev.nightshift.core.remediation.ActionRecord;
import dev.nightshift.core.remediation.IdempotencyKey;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Action records indexed by key, by time and by incident, so that the cooldown and hourly-limit
 * checks a drill runs for every step read only the records they need.
 */
final class MemoryActionLog implements ActionLog {

  private record Stored(Ordinal ordinal, ActionRecord record) {}

  private final Map<IdempotencyKey, Stored> byKey = new HashMap<>();
  private final NavigableMap<Ordinal, ActionRecord> byTime = new TreeMap<>();
  private final Map<Long, NavigableMap<Ordinal, ActionRecord>> byIncident = new HashMap<>();
  private long lastSequence;

  @Override
  public synchronized void record(ActionRecord record) {
    Stored earlier = byKey.get(record.key());
    long sequence = earlier == null ? ++lastSequence : earlier.ordinal().sequence();
    if (earlier != null) {
      byTime.remove(earlier.ordinal());
      byIncident.get(earlier.record().incident()).remove(earlier.ordinal());
    }
    Ordinal ordinal = new Ordinal(record.at(), sequence);
    byKey.put(record.key(), new Stored(ordinal, record));
    byTime.put(ordinal, record);
    byIncident.computeIfAbsent(record.incident(), i -> new TreeMap<>()).put(ordinal, record);
  }

  @Override
  public synchronized Optional<ActionRecord> find(IdempotencyKey key) {
    return Optional.ofNullable(byKey.get(key)).map(Stored::record);
  }

  @Override
  public synchronized List<ActionRecord> since(Instant from) {
    return List.copyOf(byTime.tailMap(Ordinal.first(from), true).values());
  }

  @Override
  public synchronized List<ActionRecord> forIncident(long incident) {
    return List.copyOf(byIncident.getOrDefault(incident, new TreeMap<>()).values());
  }
}
