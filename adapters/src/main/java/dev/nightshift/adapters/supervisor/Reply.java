package dev.nightshift.adapters.supervisor;

import java.util.Objects;

/** The outcome of one XML-RPC call to supervisord: a value, a fault, or no usable answer. */
sealed interface Reply {

  record Ok(Object value) implements Reply {
    public Ok {
      Objects.requireNonNull(value, "value");
    }
  }

  /** supervisord answered with a fault; {@code text} is its faultString, e.g. "BAD_NAME: x". */
  record Faulted(SupervisorFault fault, String text) implements Reply {
    public Faulted {
      Objects.requireNonNull(fault, "fault");
      Objects.requireNonNull(text, "text");
    }

    String reason() {
      return fault.explain(text);
    }
  }

  /** No answer, an HTTP error or an unreadable one; the reason names the server, never secrets. */
  record Unreachable(String reason, boolean retryable) implements Reply {
    public Unreachable {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
