package dev.nightshift.core.reasoning;

/** Keeps what the reasoner spent durably: the per-day and per-incident budgets are read here. */
public interface SpendLedger {

  void record(Spend spend);

  Spend.Total since(java.time.Instant from);

  Spend.Total forIncident(long incident);
}
