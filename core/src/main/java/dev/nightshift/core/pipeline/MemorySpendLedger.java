package dev.nightshift.core.pipeline;

import dev.nightshift.core.reasoning.Spend;
import dev.nightshift.core.reasoning.SpendLedger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What the reasoner spent, in memory. */
final class MemorySpendLedger implements SpendLedger {

  private final List<Spend> spends = new ArrayList<>();

  @Override
  public synchronized void record(Spend spend) {
    spends.add(spend);
  }

  @Override
  public synchronized Spend.Total since(Instant from) {
    return spends.stream()
        .filter(s -> !s.at().isBefore(from))
        .reduce(Spend.Total.ZERO, Spend.Total::plus, Spend.Total::plus);
  }

  @Override
  public synchronized Spend.Total forIncident(long incident) {
    return spends.stream()
        .filter(s -> s.incident() == incident)
        .reduce(Spend.Total.ZERO, Spend.Total::plus, Spend.Total::plus);
  }
}
