package dev.nightshift.app.http;

import dev.nightshift.app.config.AgentSettings.Role;
import java.util.Optional;

/** Who may call an endpoint: anyone, or a token of at least a role. */
public enum Access {
  /** No token needed: health probes, the UI's files, handlers that check their own signatures. */
  OPEN,
  VIEWER,
  OPERATOR,
  ADMIN;

  /** The least role this access needs; empty when open. */
  public Optional<Role> role() {
    return switch (this) {
      case OPEN -> Optional.empty();
      case VIEWER -> Optional.of(Role.VIEWER);
      case OPERATOR -> Optional.of(Role.OPERATOR);
      case ADMIN -> Optional.of(Role.ADMIN);
    };
  }
}
