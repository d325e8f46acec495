package dev.nightshift.app.http;

import dev.nightshift.app.config.AgentSettings.Role;
import java.util.Objects;

/** Who called: the name of the token they presented and its role; never the token itself. */
public record Caller(String name, Role role) {

  public Caller {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
  }

  /** The actor the audit trail records: {@code api:alice}. */
  public String actor() {
    return "api:" + name;
  }
}
