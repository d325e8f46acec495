package dev.nightshift.core.reasoning;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/** The token and cost budgets, per incident and per UTC day, read from the durable ledger. */
final class Budget {

  private final ReasonerSettings settings;
  private final SpendLedger ledger;
  private final Clock clock;

  Budget(ReasonerSettings settings, SpendLedger ledger, Clock clock) {
    this.settings = settings;
    this.ledger = ledger;
    this.clock = clock;
  }

  /** Why no further question may be asked for this incident now, if it may not. */
  Optional<String> refusal(long incident) {
    Spend.Total day = today();
    if (day.tokens() >= settings.tokensPerDay()) {
      return Optional.of(
          "the daily budget of "
              + settings.tokensPerDay()
              + " tokens is spent ("
              + day.tokens()
              + ")");
    }
    if (settings.costPerDay() > 0 && day.cost() >= settings.costPerDay()) {
      return Optional.of(
          String.format(
              "the daily cost budget of %.2f is spent (%.2f)", settings.costPerDay(), day.cost()));
    }
    Spend.Total spent = ledger.forIncident(incident);
    if (spent.tokens() >= settings.tokensPerIncident()) {
      return Optional.of(
          "incident "
              + incident
              + " used its budget of "
              + settings.tokensPerIncident()
              + " tokens ("
              + spent.tokens()
              + ")");
    }
    if (settings.costPerIncident() > 0 && spent.cost() >= settings.costPerIncident()) {
      return Optional.of(
          String.format(
              "incident %d used its cost budget of %.2f (%.2f)",
              incident, settings.costPerIncident(), spent.cost()));
    }
    return Optional.empty();
  }

  Spend spend(long incident, String reasoner, Usage usage) {
    Spend spend = new Spend(clock.instant(), incident, reasoner, usage, settings.cost(usage));
    ledger.record(spend);
    return spend;
  }

  Spend.Total today() {
    Instant midnight =
        LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
            .atStartOfDay(ZoneOffset.UTC)
            .toInstant();
    return ledger.since(midnight);
  }
}
