package dev.nightshift.adapters.store;

import dev.nightshift.core.policy.Controls;
import dev.nightshift.core.policy.Phase;
import dev.nightshift.core.sla.Severity;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The kill switch in table {@code kill_switch} (one row once set) and phases in {@code phases}. */
final class SqliteControls implements Controls {

  private record Setting(Severity severity, Phase phase) {}

  private final SqliteDatabase database;

  SqliteControls(SqliteDatabase database) {
    this.database = database;
  }

  @Override
  public boolean killSwitch() {
    return database.call(
        "read the kill switch",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("SELECT engaged FROM kill_switch WHERE id = 1")) {
            return Rows.first(s, "kill_switch", row -> row.getInt("engaged") == 1).orElse(false);
          }
        });
  }

  @Override
  public void setKillSwitch(boolean on) {
    database.call(
        on ? "engage the kill switch" : "release the kill switch",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO kill_switch (id, engaged) VALUES (1, ?)"
                      + " ON CONFLICT (id) DO UPDATE SET engaged = excluded.engaged")) {
            s.setInt(1, on ? 1 : 0);
            return s.executeUpdate();
          }
        });
  }

  @Override
  public Map<Severity, Phase> phases() {
    Map<Severity, Phase> phases = new EnumMap<>(Severity.class);
    database
        .call(
            "read the phases",
            c -> {
              try (PreparedStatement s = c.prepareStatement("SELECT severity, phase FROM phases")) {
                return Rows.all(s, "phases", SqliteControls::read);
              }
            })
        .forEach(setting -> phases.put(setting.severity(), setting.phase()));
    return Collections.unmodifiableMap(phases);
  }

  @Override
  public void setPhase(Severity severity, Phase phase) {
    database.call(
        "set the phase of " + severity + " incidents",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO phases (severity, phase) VALUES (?, ?)"
                      + " ON CONFLICT (severity) DO UPDATE SET phase = excluded.phase")) {
            s.setString(1, Columns.text(severity));
            s.setString(2, Columns.text(phase));
            return s.executeUpdate();
          }
        });
  }

  private static Setting read(ResultSet row) throws SQLException {
    return new Setting(
        Columns.enumValue(Severity.class, row, "severity"),
        Columns.enumValue(Phase.class, row, "phase"));
  }
}
