package dev.nightshift.core.pipeline;

import dev.nightshift.core.audit.AuditChain;
import dev.nightshift.core.audit.AuditEntry;
import dev.nightshift.core.audit.AuditRecord;
import dev.nightshift.core.audit.AuditTrail;
import java.util.ArrayList;
import java.util.List;

/** The audit chain in a list; appends are serialised so that each links to the one before. */
final class MemoryAuditTrail implements AuditTrail {

  private final List<AuditEntry> entries = new ArrayList<>();

  @Override
  public synchronized AuditEntry append(AuditRecord record) {
    String previous = entries.isEmpty() ? AuditChain.GENESIS : entries.getLast().hash();
    AuditEntry entry = AuditChain.link(entries.size() + 1L, previous, record);
    entries.add(entry);
    return entry;
  }

  @Override
  public synchronized List<AuditEntry> entries() {
    return List.copyOf(entries);
  }
}
