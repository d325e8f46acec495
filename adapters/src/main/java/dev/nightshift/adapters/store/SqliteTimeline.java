package dev.nightshift.adapters.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.nightshift.core.incident.EventType;
import dev.nightshift.core.incident.IncidentId;
import dev.nightshift.core.incident.Timeline;
import dev.nightshift.core.incident.TimelineEvent;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Timelines in table {@code timeline_events}, each event's facts as one JSON object. */
final class SqliteTimeline implements Timeline {

  private final SqliteDatabase database;
  private final ObjectWriter factsWriter;
  private final ObjectReader factsReader;

  SqliteTimeline(SqliteDatabase database) {
    this.database = database;
    ObjectMapper json = new ObjectMapper();
    this.factsWriter = json.writerFor(new TypeReference<Map<String, String>>() {});
    this.factsReader = json.readerFor(new TypeReference<LinkedHashMap<String, String>>() {});
  }

  @Override
  public void append(IncidentId incident, TimelineEvent event) {
    int added =
        database.call(
            "add an event to incident " + incident,
            c -> {
              try (PreparedStatement s =
                  c.prepareStatement(
                      "INSERT INTO timeline_events (incident_id, at, type, message, facts)"
                          + " SELECT ?, ?, ?, ?, ? WHERE EXISTS"
                          + " (SELECT 1 FROM incidents WHERE id = ?)")) {
                s.setLong(1, incident.value());
                s.setString(2, Columns.text(event.at()));
                s.setString(3, Columns.text(event.type()));
                s.setString(4, event.message());
                s.setString(5, json(event.facts()));
                s.setLong(6, incident.value());
                return s.executeUpdate();
              }
            });
    if (added == 0) {
      throw new IllegalArgumentException("there is no incident " + incident + " to add events to");
    }
  }

  @Override
  public List<TimelineEvent> events(IncidentId incident) {
    return database.call(
        "read the timeline of incident " + incident,
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT at, type, message, facts FROM timeline_events"
                      + " WHERE incident_id = ? ORDER BY id")) {
            s.setLong(1, incident.value());
            return Rows.all(s, "timeline_events", this::read);
          }
        });
  }

  private TimelineEvent read(ResultSet row) throws SQLException {
    return new TimelineEvent(
        Columns.instant(row, "at"),
        Columns.enumValue(EventType.class, row, "type"),
        row.getString("message"),
        facts(row.getString("facts")));
  }

  private String json(Map<String, String> facts) throws SQLException {
    try {
      return factsWriter.writeValueAsString(facts);
    } catch (JsonProcessingException e) {
      throw new SQLDataException("the facts cannot be written as JSON: " + e.getMessage(), e);
    }
  }

  private Map<String, String> facts(String json) throws SQLException {
    try {
      return factsReader.readValue(json);
    } catch (JsonProcessingException e) {
      throw new SQLDataException("the facts are not a JSON object of strings: " + json, e);
    }
  }
}
