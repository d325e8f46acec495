package dev.nightshift.core.knowledge;

import java.util.Locale;

/** Where a learned known error stands: only an approved one is ever matched. */
public enum LearnedState {
  PROPOSED,
  APPROVED,
  REJECTED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return wireName();
  }
}
