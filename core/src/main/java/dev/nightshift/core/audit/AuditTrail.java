package dev.nightshift.core.audit;

import java.util.List;

/** The append-only trail; implementations chain each entry to the last with {@link AuditChain}. */
public interface AuditTrail {

  AuditEntry append(AuditRecord record);

  /** Every entry, in sequence order. */
  List<AuditEntry> entries();
}
