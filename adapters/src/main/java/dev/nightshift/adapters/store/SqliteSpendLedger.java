package dev.nightshift.adapters.store;

import dev.nightshift.core.reasoning.Spend;
import dev.nightshift.core.reasoning.SpendLedger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;

/** The reasoner's spending in table {@code reasoner_spend}. */
final class SqliteSpendLedger implements SpendLedger {

  private final SqliteDatabase database;

  SqliteSpendLedger(SqliteDatabase database) {
    this.database = database;
  }

  @Override
  public void record(Spend spend) {
    database.call(
        "record what the reasoner spent",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO reasoner_spend (at, incident, reasoner, calls, input_tokens,"
                      + " output_tokens, cost) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, Columns.text(spend.at()));
            s.setLong(2, spend.incident());
            s.setString(3, spend.reasoner());
            s.setInt(4, spend.usage().calls());
            s.setLong(5, spend.usage().inputTokens());
            s.setLong(6, spend.usage().outputTokens());
            s.setDouble(7, spend.cost());
            return s.executeUpdate();
          }
        });
  }

  @Override
  public Spend.Total since(Instant from) {
    return total("at >= ?", s -> s.setString(1, Columns.text(from)));
  }

  @Override
  public Spend.Total forIncident(long incident) {
    return total("incident = ?", s -> s.setLong(1, incident));
  }

  private interface Binder {
    void bind(PreparedStatement statement) throws java.sql.SQLException;
  }

  private Spend.Total total(String where, Binder binder) {
    return database.call(
        "read what the reasoner spent",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT COALESCE(SUM(input_tokens + output_tokens), 0) AS tokens,"
                      + " COALESCE(SUM(cost), 0) AS cost FROM reasoner_spend WHERE "
                      + where)) {
            binder.bind(s);
            try (ResultSet row = s.executeQuery()) {
              row.next();
              return new Spend.Total(row.getLong("tokens"), row.getDouble("cost"));
            }
          }
        });
  }
}
