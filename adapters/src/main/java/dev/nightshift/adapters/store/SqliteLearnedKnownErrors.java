package dev.nightshift.adapters.store;

import dev.nightshift.core.knowledge.KnownErrorId;
import dev.nightshift.core.knowledge.LearnedKnownError;
import dev.nightshift.core.knowledge.LearnedKnownErrors;
import dev.nightshift.core.knowledge.LearnedState;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Learned known errors in table {@code learned_known_errors}. */
final class SqliteLearnedKnownErrors implements LearnedKnownErrors {

  private static final String COLUMNS =
      "id, yaml, incident, source, state, proposed_at, decided_by, decided_at, note";

  private final SqliteDatabase database;

  SqliteLearnedKnownErrors(SqliteDatabase database) {
    this.database = database;
  }

  @Override
  public boolean propose(LearnedKnownError p) {
    return database.call(
        "propose the known error " + p.id(),
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT OR IGNORE INTO learned_known_errors ("
                      + COLUMNS
                      + ", seq) VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, NULL,"
                      + " (SELECT COALESCE(MAX(seq), 0) + 1 FROM learned_known_errors))")) {
            s.setString(1, p.id().toString());
            s.setString(2, p.yaml());
            s.setLong(3, p.incident());
            s.setString(4, p.source());
            s.setString(5, Columns.text(p.state()));
            s.setString(6, Columns.text(p.proposedAt()));
            return s.executeUpdate() == 1;
          }
        });
  }

  @Override
  public Optional<LearnedKnownError> find(KnownErrorId id) {
    return database.call(
        "read the learned known error " + id,
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("SELECT " + COLUMNS + " FROM learned_known_errors WHERE id = ?")) {
            s.setString(1, id.toString());
            return Rows.all(s, "learned_known_errors", SqliteLearnedKnownErrors::read).stream()
                .findFirst();
          }
        });
  }

  @Override
  public List<LearnedKnownError> all() {
    return database.call(
        "read the learned known errors",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT " + COLUMNS + " FROM learned_known_errors ORDER BY seq DESC")) {
            return Rows.all(s, "learned_known_errors", SqliteLearnedKnownErrors::read);
          }
        });
  }

  @Override
  public Optional<LearnedKnownError> decide(LearnedKnownError d) {
    int updated =
        database.call(
            "decide on the known error " + d.id(),
            c -> {
              try (PreparedStatement s =
                  c.prepareStatement(
                      "UPDATE learned_known_errors SET yaml = ?, state = ?, decided_by = ?,"
                          + " decided_at = ?, note = ? WHERE id = ? AND state = ?")) {
                s.setString(1, d.yaml());
                s.setString(2, Columns.text(d.state()));
                Columns.setText(s, 3, d.decidedBy());
                Columns.setInstant(s, 4, d.decidedAt());
                Columns.setText(s, 5, d.note());
                s.setString(6, d.id().toString());
                s.setString(7, Columns.text(LearnedState.PROPOSED));
                return s.executeUpdate();
              }
            });
    return updated == 1 ? Optional.of(d) : Optional.empty();
  }

  private static LearnedKnownError read(ResultSet row) throws SQLException {
    return new LearnedKnownError(
        new KnownErrorId(row.getString("id")),
        row.getString("yaml"),
        row.getLong("incident"),
        row.getString("source"),
        Columns.enumValue(LearnedState.class, row, "state"),
        Columns.instant(row, "proposed_at"),
        Columns.optionalText(row, "decided_by"),
        Columns.optionalInstant(row, "decided_at"),
        Columns.optionalText(row, "note"));
  }
}
