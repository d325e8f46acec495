package dev.nightshift.core.pipeline;

import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.IncidentState;
import dev.nightshift.core.incident.NewIncident;
import dev.nightshift.core.sla.Severity;
import dev.nightshift.core.sla.SlaId;
import java.time.Instant;
import java.util.Optional;

/**
 * What every port's contract needs from the stores under test; a store passes the contract when a
 * subclass of each {@code …Contract} passes, as {@code MemoryStoresTest} and the SQLite adapter's
 * test show.
 */
public abstract class StoreContract {

  /** A time with nanoseconds, so that a store that rounds instants fails. */
  protected static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123456789Z");

  /** The stores under test: empty when a test starts, the same instance until {@link #reopen}. */
  protected abstract Stores stores();

  /**
   * The stores over the same data as a restarted agent sees them; from then on {@link #stores()}
   * answers with them too. A store that lives in memory answers with itself.
   */
  protected abstract Stores reopen();

  /** {@link #T0} plus {@code seconds}. */
  protected static Instant at(long seconds) {
    return T0.plusSeconds(seconds);
  }

  /** Opens a high-severity incident of SLA {@code sla} at {@code openedAt}. */
  protected Incident open(String sla, Instant openedAt) {
    return stores()
        .incidents()
        .open(new NewIncident(new SlaId(sla), Severity.HIGH, sla + " breaches", openedAt));
  }

  /** {@code incident} in final state {@code state} since {@code at}, saved. */
  protected Incident close(Incident incident, IncidentState state, Instant at) {
    Incident closed =
        new Incident(
            incident.id(),
            incident.sla(),
            incident.severity(),
            state,
            incident.trigger(),
            incident.openedAt(),
            at,
            Optional.of(at),
            incident.progress(),
            incident.report());
    stores().incidents().save(closed);
    return closed;
  }
}
