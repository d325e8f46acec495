package dev.nightshift.adapters.store;

import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.IncidentId;
import dev.nightshift.core.incident.IncidentState;
import dev.nightshift.core.incident.IncidentStore;
import dev.nightshift.core.incident.NewIncident;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;

/** Incidents in table {@code incidents}; the database numbers them. */
final class SqliteIncidentStore implements IncidentStore {

  private final SqliteDatabase database;

  SqliteIncidentStore(SqliteDatabase database) {
    this.database = database;
  }

  @Override
  public Incident open(NewIncident incident) {
    long id =
        database.call(
            "open an incident",
            c -> {
              try (PreparedStatement s =
                  c.prepareStatement(
                      "INSERT INTO incidents (sla, severity, state, trigger_text, opened_at,"
                          + " updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")) {
                s.setString(1, incident.sla().value());
                s.setString(2, Columns.text(incident.severity()));
                s.setString(3, Columns.text(IncidentState.DETECTED));
                s.setString(4, incident.trigger());
                s.setString(5, Columns.text(incident.openedAt()));
                s.setString(6, Columns.text(incident.openedAt()));
                try (ResultSet row = s.executeQuery()) {
                  row.next();
                  return row.getLong(1);
                }
              }
            });
    return incident.opened(new IncidentId(id));
  }

  @Override
  public void save(Incident incident) {
    int updated =
        database.call(
            "save incident " + incident.id(),
            c -> {
              try (PreparedStatement s =
                  c.prepareStatement(
                      "UPDATE incidents SET ("
                          + IncidentRows.COLUMNS
                          + ") = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE id = ?")) {
                IncidentRows.bind(s, incident);
                s.setLong(16, incident.id().value());
                return s.executeUpdate();
              }
            });
    if (updated == 0) {
      throw new IllegalArgumentException("there is no incident " + incident.id() + " to save");
    }
  }

  @Override
  public Optional<Incident> find(IncidentId id) {
    return database.call(
        "read incident " + id,
        c -> {
          try (PreparedStatement s = c.prepareStatement(IncidentRows.SELECT + " WHERE id = ?")) {
            s.setLong(1, id.value());
            return Rows.first(s, "incidents", IncidentRows::read);
          }
        });
  }

  @Override
  public List<Incident> active() {
    return query(
        "read the active incidents",
        " WHERE closed_at IS NULL ORDER BY opened_at, id LIMIT ?",
        Integer.MAX_VALUE);
  }

  @Override
  public List<Incident> recent(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("a limit cannot be negative: " + limit);
    }
    return query("read the recent incidents", " ORDER BY opened_at DESC, id DESC LIMIT ?", limit);
  }

  private List<Incident> query(String what, String clauses, int limit) {
    return database.call(
        what,
        c -> {
          try (PreparedStatement s = c.prepareStatement(IncidentRows.SELECT + clauses)) {
            s.setInt(1, limit);
            return Rows.all(s, "incidents", IncidentRows::read);
          }
        });
  }
}
