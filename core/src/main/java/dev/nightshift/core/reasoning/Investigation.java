package dev.nightshift.core.reasoning;

import dev.nightshift.core.topology.NodeId;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One question to a reasoner: what is known (redacted), where it may look, what it may propose.
 *
 * @param brief the incident and the walk's findings, redacted: the model's starting data
 * @param path the nodes the walk visited; the root cause must be one of them
 * @param catalog the action types it may propose, with their fields
 * @param maxSteps how many model requests it may make before it must have answered
 * @param timeout how long each model request may take
 */
public record Investigation(
    long incident,
    String brief,
    List<NodeId> path,
    List<String> catalog,
    int maxSteps,
    Duration timeout) {

  public Investigation {
    Objects.requireNonNull(brief, "brief");
    path = List.copyOf(path);
    catalog = List.copyOf(catalog);
    if (maxSteps < 1) {
      throw new IllegalArgumentException("an investigation needs at least one step: " + maxSteps);
    }
    Objects.requireNonNull(timeout, "timeout");
  }
}
