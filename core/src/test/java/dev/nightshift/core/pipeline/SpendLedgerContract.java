package dev.nightshift.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.nightshift.core.reasoning.Spend;
import dev.nightshift.core.reasoning.SpendLedger;
import dev.nightshift.core.reasoning.Usage;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link SpendLedger} does, run against the memory and the SQLite store. */
public abstract class SpendLedgerContract extends StoreContract {

  private SpendLedger ledger() {
    return stores().spend();
  }

  private static Spend spend(Instant at, long incident, long input, long output, double cost) {
    return new Spend(at, incident, "openai", new Usage(1, input, output), cost);
  }

  @Test
  void anEmptyLedgerSpentNothing() {
    assertThat(ledger().since(at(0))).isEqualTo(Spend.Total.ZERO);
    assertThat(ledger().forIncident(1)).isEqualTo(Spend.Total.ZERO);
  }

  @Test
  void sumsWhatWasSpentFromAnInstantOn() {
    ledger().record(spend(at(0), 1, 100, 20, 0.25));
    ledger().record(spend(at(10), 2, 300, 40, 0.5));
    ledger().record(spend(at(20), 3, 1000, 0, 1.0));

    Spend.Total total = ledger().since(at(10));

    assertThat(total.tokens()).isEqualTo(1340);
    assertThat(total.cost()).isCloseTo(1.5, offset(1e-9));
  }

  @Test
  void sumsWhatOneIncidentSpent() {
    ledger().record(spend(at(0), 1, 100, 20, 0.25));
    ledger().record(spend(at(10), 2, 300, 40, 0.5));
    ledger().record(spend(at(20), 1, 50, 5, 0.125));

    Spend.Total total = ledger().forIncident(1);

    assertThat(total.tokens()).isEqualTo(175);
    assertThat(total.cost()).isCloseTo(0.375, offset(1e-9));
  }

  @Test
  void keepsSpendingAcrossARestart() {
    ledger().record(spend(at(0), 4, 100, 20, 0.25));

    SpendLedger reopened = reopen().spend();

    assertThat(reopened.forIncident(4).tokens()).isEqualTo(120);
    assertThat(reopened.since(at(0)).cost()).isCloseTo(0.25, offset(1e-9));
  }
}
