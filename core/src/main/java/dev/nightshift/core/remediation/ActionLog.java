package dev.nightshift.core.remediation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Keeps every action decision durably: cooldowns and limits must survive a restart. */
public interface ActionLog {

  /** Records a decision; a record with the same key replaces the earlier one. */
  void record(ActionRecord record);

  Optional<ActionRecord> find(IdempotencyKey key);

  /** Every record at or after {@code from}, oldest first. */
  List<ActionRecord> since(Instant from);

  /** Every record of one incident, oldest first. */
  List<ActionRecord> forIncident(long incident);
}
