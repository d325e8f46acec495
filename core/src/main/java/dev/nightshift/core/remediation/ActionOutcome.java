package dev.nightshift.core.remediation;

import java.util.Locale;

/** What became of an action the pipeline wanted to take. */
public enum ActionOutcome {
  /** Ran and the target accepted it. */
  EXECUTED,
  /** Ran and failed. */
  FAILED,
  /** Logged as an intention only: kill switch, observe phase or freeze window. */
  INTENDED,
  /** The policy said no. */
  DENIED,
  /** Waiting for a human. */
  PENDING_APPROVAL;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the platform was touched: what cooldowns and hourly limits count. */
  public boolean touchedPlatform() {
    return this == EXECUTED || this == FAILED;
  }

  @Override
  public String toString() {
    return wireName();
  }
}
