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

  /** What the embedding model reads. */
  String text() {
    return title + "\n" + body;
  }
}
