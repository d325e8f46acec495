package dev.nightshift.core.policy;

import java.util.Locale;

/** Where a request for a human's approval stands. */
public enum ApprovalState {
  PENDING,
  APPROVED,
  DENIED,
  EXPIRED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return wireName();
  }
}
