package dev.nightshift.adapters.supervisor;

import java.util.Objects;

/** A decoded XML-RPC {@code methodResponse}: the returned value or the fault the server raised. */
sealed interface XmlRpcResponse {

  /**
   * The returned value: a {@code String}, {@code Integer}, {@code Boolean}, {@code Double}, {@code
   * List} of values or {@code Map<String, Object>} for a struct.
   */
  record Value(Object value) implements XmlRpcResponse {
    public Value {
      Objects.requireNonNull(value, "value");
    }
  }

  record Fault(int code, String message) implements XmlRpcResponse {
    public Fault {
      Objects.requireNonNull(message, "message");
    }
  }
}
