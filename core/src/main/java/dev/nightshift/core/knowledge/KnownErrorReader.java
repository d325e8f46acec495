package dev.nightshift.core.knowledge;

import dev.nightshift.core.remediation.Step;
import java.util.List;

/**
 * Reads known errors and fix steps written in known_errors.yaml's format against the loaded
 * configuration (its tree, endpoints, allow-lists), so a learned known error or a reasoner's
 * proposal passes exactly the checks a hand-written one does.
 */
public interface KnownErrorReader {

  /** One step, as written under a fix's {@code steps:}. */
  Checked<Step> step(String yaml);

  /** One known error, as written as an item of {@code errors:}. */
  Checked<KnownError> knownError(String yaml);

  /**
   * The step types of the catalog with their fields, one line each, for a reasoner to pick from.
   */
  List<String> catalog();
}
