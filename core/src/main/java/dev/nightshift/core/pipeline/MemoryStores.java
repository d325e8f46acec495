package dev.nightshift.core.pipeline;

/**
 * Keeps everything in memory, for the simulator's drills and for tests: fast, thread-safe and gone
 * when the process ends.
 */
public final class MemoryStores {

  private MemoryStores() {}

  /** A new, empty set of stores that share nothing with any other. */
  public static Stores create() {
    MemoryIncidentStore incidents = new MemoryIncidentStore();
    return new Stores(
        incidents,
        new MemoryTimeline(incidents),
        new MemoryActionLog(),
        new MemoryApprovals(),
        new MemoryControls(),
        new MemoryKnownErrorMemory(),
        new MemoryAuditTrail(),
        new MemoryChangeEvents(),
        new MemoryAlertLog(),
        new MemoryDeliveries(),
        new MemoryLearnedKnownErrors(),
        new MemorySpendLedger());
  }
}
