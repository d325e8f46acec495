package dev.nightshift.core.reasoning;

import java.util.List;
import java.util.Objects;

/**
 * A read-only tool as a model sees it: its name, what it does, and its string parameters.
 *
 * @param parameters each parameter's name, what it means, and whether it must be given
 */
public record ToolSpec(String name, String description, List<Param> parameters) {

  public ToolSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    parameters = List.copyOf(parameters);
  }

  /** One string parameter of a tool. */
  public record Param(String name, String description, boolean required) {
    public Param {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(description, "description");
    }
  }
}
