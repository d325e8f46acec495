package dev.nightshift.sim.score;

import java.util.Objects;

/**
 * One expectation of a scenario compared with what happened, both as a human reads them.
 *
 * @param name the expectation's key in the scenario ({@code root_cause})
 */
public record Check(String name, String expected, String actual, boolean ok) {

  public Check {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(actual, "actual");
  }
}
