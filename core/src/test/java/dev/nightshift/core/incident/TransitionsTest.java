package dev.nightshift.core.incident;

import static dev.nightshift.core.incident.IncidentState.AWAITING_APPROVAL;
import static dev.nightshift.core.incident.IncidentState.CORRELATED;
import static dev.nightshift.core.incident.IncidentState.DETECTED;
import static dev.nightshift.core.incident.IncidentState.DIAGNOSING;
import static dev.nightshift.core.incident.IncidentState.ESCALATED;
import static dev.nightshift.core.incident.IncidentState.REMEDIATING;
import static dev.nightshift.core.incident.IncidentState.RESOLVED;
import static dev.nightshift.core.incident.IncidentState.VERIFYING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

class TransitionsTest {

  /**
   * What an incident may do next, written out by hand: read a row as "from this state the incident
   * may move to the states marked x". Diagnosis leads to a plan, a request for approval, following
   * a related incident, or closing; a failed verification goes back to diagnosis; any open incident
   * may resolve (the SLA recovered) or escalate; closed incidents stay closed.
   */
  private static final String TABLE =
      """
                          DET  DIAG  AWAIT  REM  VER  CORR  RES  ESC
      detected             .    x     .      .    .    .     x    x
      diagnosing           .    .     x      x    .    x     x    x
      awaiting_approval    .    x     .      x    .    .     x    x
      remediating          .    x     x      .    x    .     x    x
      verifying            .    x     .      x    .    .     x    x
      correlated           .    x     .      .    .    .     x    x
      resolved             .    .     .      .    .    .     .    .
      escalated            .    .     .      .    .    .     .    .
      """;

  private static final Map<String, IncidentState> COLUMNS =
      Map.of(
          "DET", DETECTED,
          "DIAG", DIAGNOSING,
          "AWAIT", AWAITING_APPROVAL,
          "REM", REMEDIATING,
          "VER", VERIFYING,
          "CORR", CORRELATED,
          "RES", RESOLVED,
          "ESC", ESCALATED);

  private static final Map<IncidentState, Set<IncidentState>> EXPECTED = parse(TABLE);

  @Test
  void theExpectedTableHasARowAndAColumnForEveryState() {
    assertThat(EXPECTED).containsOnlyKeys(IncidentState.values());
    assertThat(COLUMNS.values()).containsExactlyInAnyOrder(IncidentState.values());
  }

  @Test
  void allowsExactlyTheMovesInTheTable() {
    SoftAssertions softly = new SoftAssertions();
    for (IncidentState from : IncidentState.values()) {
      for (IncidentState to : IncidentState.values()) {
        softly
            .assertThat(Transitions.allowed(from, to))
            .as(from + " -> " + to)
            .isEqualTo(EXPECTED.get(from).contains(to));
      }
    }
    softly.assertAll();
  }

  @Test
  void listsTheStatesReachableFromEachStateAsInTheTable() {
    for (IncidentState from : IncidentState.values()) {
      assertThat(Transitions.from(from)).as("from " + from).isEqualTo(EXPECTED.get(from));
    }
  }

  @Test
  void allowsNothingFromAFinalState() {
    for (IncidentState state : IncidentState.values()) {
      if (state.isTerminal()) {
        assertThat(Transitions.from(state)).as("from " + state).isEmpty();
      }
    }
  }

  @Test
  void treatsExactlyResolvedAndEscalatedAsFinal() {
    assertThat(EnumSet.allOf(IncidentState.class).stream().filter(IncidentState::isTerminal))
        .containsExactlyInAnyOrder(RESOLVED, ESCALATED);
  }

  @Test
  void letsEveryOpenIncidentResolveOrEscalate() {
    for (IncidentState state : IncidentState.values()) {
      if (!state.isTerminal()) {
        assertThat(Transitions.from(state)).as("from " + state).contains(RESOLVED, ESCALATED);
      }
    }
  }

  @Test
  void neverMovesAStateToItself() {
    for (IncidentState state : IncidentState.values()) {
      assertThat(Transitions.allowed(state, state)).as(state.toString()).isFalse();
    }
  }

  @Test
  void requireAcceptsALegalMove() {
    assertThatCode(() -> Transitions.require(VERIFYING, DIAGNOSING)).doesNotThrowAnyException();
  }

  @Test
  void requireRejectsAnIllegalMoveNamingBothStates() {
    assertThatThrownBy(() -> Transitions.require(DETECTED, REMEDIATING))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("illegal incident state change detected -> remediating");
  }

  @Test
  void requireRejectsLeavingAFinalState() {
    assertThatThrownBy(() -> Transitions.require(RESOLVED, DIAGNOSING))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("illegal incident state change resolved -> diagnosing");
  }

  private static Map<IncidentState, Set<IncidentState>> parse(String table) {
    List<String> lines = table.lines().filter(l -> !l.isBlank()).toList();
    List<IncidentState> columns =
        Arrays.stream(lines.getFirst().trim().split("\\s+")).map(COLUMNS::get).toList();
    Map<IncidentState, Set<IncidentState>> rows = new EnumMap<>(IncidentState.class);
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.trim().split("\\s+");
      IncidentState from = IncidentState.valueOf(cells[0].toUpperCase(Locale.ROOT));
      Set<IncidentState> to = EnumSet.noneOf(IncidentState.class);
      for (int i = 1; i < cells.length; i++) {
        if (cells[i].equals("x")) {
          to.add(columns.get(i - 1));
        }
      }
      rows.put(from, to);
    }
    return rows;
  }
}
