package dev.nightshift.adapters.store;

import dev.nightshift.core.incident.IncidentId;
import dev.nightshift.core.notify.Deliveries;
import dev.nightshift.core.notify.Delivery;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox of notices in table {@code deliveries}, unique per channel, incident, kind, subject.
 */
final class SqliteDeliveries implements Deliveries {

  private static final String SELECT =
      "SELECT id, channel, incident, kind, subject, state, attempts, created_at, next_attempt_at,"
          + " last_error, delivered_at, reference FROM deliveries";

  private final SqliteDatabase database;

  SqliteDeliveries(SqliteDatabase database) {
    this.database = database;
  }

  // ON CONFLICT DO NOTHING makes the de-duplication atomic, even across processes.
  @Override
  public boolean enqueue(
      String channel, IncidentId incident, String kind, String subject, Instant at) {
    return database.call(
        "enqueue the " + kind + " notice of incident " + incident + " for " + channel,
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO deliveries (channel, incident, kind, subject, state, attempts,"
                      + " created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?)"
                      + " ON CONFLICT (channel, incident, kind, subject) DO NOTHING")) {
            s.setString(1, channel);
            s.setLong(2, incident.value());
            s.setString(3, kind);
            s.setString(4, subject);
            s.setString(5, Columns.text(Delivery.State.PENDING));
            s.setString(6, Columns.text(at));
            s.setString(7, Columns.text(at));
            return s.executeUpdate() == 1;
          }
        });
  }

  @Override
  public List<Delivery> due(Instant now, int limit) {
    return database.call(
        "read the deliveries due",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  SELECT + " WHERE state = ? AND next_attempt_at <= ? ORDER BY id LIMIT ?")) {
            s.setString(1, Columns.text(Delivery.State.PENDING));
            s.setString(2, Columns.text(now));
            s.setInt(3, limit);
            return Rows.all(s, "deliveries", SqliteDeliveries::read);
          }
        });
  }

  @Override
  public void delivered(long id, Instant at, Optional<String> reference) {
    update(
        id,
        "mark delivery " + id + " delivered",
        "state = ?, attempts = attempts + 1, delivered_at = ?, reference = ?",
        s -> {
          s.setString(1, Columns.text(Delivery.State.DELIVERED));
          s.setString(2, Columns.text(at));
          Columns.setText(s, 3, reference);
          return 4;
        });
  }

  @Override
  public void retry(long id, String error, Instant nextAttemptAt) {
    update(
        id,
        "schedule delivery " + id + " again",
        "attempts = attempts + 1, last_error = ?, next_attempt_at = ?",
        s -> {
          s.setString(1, error);
          s.setString(2, Columns.text(nextAttemptAt));
          return 3;
        });
  }

  @Override
  public void failed(long id, String error) {
    update(
        id,
        "mark delivery " + id + " failed",
        "state = ?, attempts = attempts + 1, last_error = ?",
        s -> {
          s.setString(1, Columns.text(Delivery.State.FAILED));
          s.setString(2, error);
          return 3;
        });
  }

  @Override
  public List<Delivery> list(Optional<Delivery.State> state, int limit) {
    return database.call(
        "read the recent deliveries",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  SELECT + " WHERE ? IS NULL OR state = ? ORDER BY id DESC LIMIT ?")) {
            Optional<String> name = state.map(Columns::text);
            Columns.setText(s, 1, name);
            Columns.setText(s, 2, name);
            s.setInt(3, limit);
            return Rows.all(s, "deliveries", SqliteDeliveries::read);
          }
        });
  }

  @Override
  public List<Delivery> of(IncidentId incident) {
    return database.call(
        "read the deliveries of incident " + incident,
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(SELECT + " WHERE incident = ? ORDER BY id")) {
            s.setLong(1, incident.value());
            return Rows.all(s, "deliveries", SqliteDeliveries::read);
          }
        });
  }

  @Override
  public Optional<String> reference(String channel, IncidentId incident) {
    return database.call(
        "read the reference of incident " + incident + " on " + channel,
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT reference FROM deliveries WHERE channel = ? AND incident = ?"
                      + " AND reference IS NOT NULL ORDER BY id LIMIT 1")) {
            s.setString(1, channel);
            s.setLong(2, incident.value());
            return Rows.first(s, "deliveries", row -> row.getString("reference"));
          }
        });
  }

  /** Binds the SET clause's parameters and answers the index of the id's. */
  @FunctionalInterface
  private interface Binder {
    int bind(PreparedStatement statement) throws SQLException;
  }

  private void update(long id, String what, String set, Binder binder) {
    int changed =
        database.call(
            what,
            c -> {
              try (PreparedStatement s =
                  c.prepareStatement("UPDATE deliveries SET " + set + " WHERE id = ?")) {
                s.setLong(binder.bind(s), id);
                return s.executeUpdate();
              }
            });
    if (changed != 1) {
      throw new IllegalArgumentException("no delivery " + id);
    }
  }

  private static Delivery read(ResultSet row) throws SQLException {
    return new Delivery(
        row.getLong("id"),
        row.getString("channel"),
        new IncidentId(row.getLong("incident")),
        row.getString("kind"),
        row.getString("subject"),
        Columns.enumValue(Delivery.State.class, row, "state"),
        row.getInt("attempts"),
        Columns.instant(row, "created_at"),
        Columns.instant(row, "next_attempt_at"),
        Columns.optionalText(row, "last_error"),
        Columns.optionalInstant(row, "delivered_at"),
        Columns.optionalText(row, "reference"));
  }
}
