package dev.nightshift.adapters.retrieval;

import java.util.Objects;

/**
 * One searchable document: a runbook section or a past incident's report.
 *
 * @param source where it lives: {@code runbooks/redis.md#fix}, {@code incident 12}
 * @param title the runbook's title and the section heading, or the report's first line
 * @param body the text searched and quoted
 */
record Section(String source, String title, String body) {

  Section {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
  }

  /**
   * The model reads at most this much: its window is 256 word pieces anyway, and a report's gist
   * (title, trigger, summary) comes first, so embedding more only costs time.
   */
  static final int EMBEDDED_CHARS = 1200;

  /** What the embedding model reads. */
  String text() {
    String text = title + "\n" + body;
    return text.length() <= EMBEDDED_CHARS ? text : text.substring(0, EMBEDDED_CHARS);
  }
}
