package dev.nightshift.adapters.store;

import static dev.nightshift.adapters.store.Columns.enumValue;
import static dev.nightshift.adapters.store.Columns.instant;
import static dev.nightshift.adapters.store.Columns.optionalInstant;
import static dev.nightshift.adapters.store.Columns.optionalText;

import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.IncidentId;
import dev.nightshift.core.incident.IncidentState;
import dev.nightshift.core.incident.Progress;
import dev.nightshift.core.knowledge.KnownErrorId;
import dev.nightshift.core.sla.Severity;
import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.topology.NodeId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;

/** How an {@link Incident} maps to a row of {@code incidents}, one column per field. */
final class IncidentRows {

  /** Every column but the id, in the order {@link #bind} binds them. */
  static final String COLUMNS =
      "sla, severity, state, trigger_text, opened_at, updated_at, closed_at, report, root_cause,"
          + " known_error, attempt, step, wake_at, deadline, related_to";

  static final String SELECT = "SELECT id, " + COLUMNS + " FROM incidents";

  private IncidentRows() {}

  /** Binds every field but the id to parameters 1 to 15. */
  static void bind(PreparedStatement s, Incident incident) throws SQLException {
    s.setString(1, incident.sla().value());
    s.setString(2, Columns.text(incident.severity()));
    s.setString(3, Columns.text(incident.state()));
    s.setString(4, incident.trigger());
    s.setString(5, Columns.text(incident.openedAt()));
    s.setString(6, Columns.text(incident.updatedAt()));
    Columns.setInstant(s, 7, incident.closedAt());
    Columns.setText(s, 8, incident.report());
    Progress p = incident.progress();
    Columns.setText(s, 9, p.rootCause().map(NodeId::value));
    Columns.setText(s, 10, p.knownError().map(KnownErrorId::value));
    s.setInt(11, p.attempt());
    s.setInt(12, p.step());
    Columns.setInstant(s, 13, p.wakeAt());
    Columns.setInstant(s, 14, p.deadline());
    if (p.relatedTo().isPresent()) {
      s.setLong(15, p.relatedTo().get().value());
    } else {
      s.setNull(15, Types.INTEGER);
    }
  }

  static Incident read(ResultSet row) throws SQLException {
    long relatedId = row.getLong("related_to");
    Optional<IncidentId> related =
        row.wasNull() ? Optional.empty() : Optional.of(new IncidentId(relatedId));
    Progress progress =
        new Progress(
            optionalText(row, "root_cause").map(NodeId::new),
            optionalText(row, "known_error").map(KnownErrorId::new),
            row.getInt("attempt"),
            row.getInt("step"),
            optionalInstant(row, "wake_at"),
            optionalInstant(row, "deadline"),
            related);
    return new Incident(
        new IncidentId(row.getLong("id")),
        new SlaId(row.getString("sla")),
        enumValue(Severity.class, row, "severity"),
        enumValue(IncidentState.class, row, "state"),
        row.getString("trigger_text"),
        instant(row, "opened_at"),
        instant(row, "updated_at"),
        optionalInstant(row, "closed_at"),
        progress,
        optionalText(row, "report"));
  }
}
