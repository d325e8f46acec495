package dev.nightshift.adapters.http;

import java.util.Objects;

/** What one HTTP exchange came to, before it is read as an action result or a health. */
sealed interface Reply {

  /** The server answered with a status and a body (its tail). */
  record Answered(int status, String body) implements Reply {
    public Answered {
      Objects.requireNonNull(body, "body");
    }
  }

  /** No answer: refused, unresolvable, timed out or broken off; {@code reason} says which. */
  record NoAnswer(String reason) implements Reply {
    public NoAnswer {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
