package dev.nightshift.core.knowledge;

import java.util.Objects;

/**
 * One document a search found.
 *
 * @param source where it lives: {@code runbooks/redis.md}, {@code incident 12}
 * @param title its first heading, or the incident's summary
 * @param excerpt the passage that matched best
 * @param score how well it matched; comparable only within one search
 */
public record RunbookHit(String source, String title, String excerpt, double score) {

  public RunbookHit {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(excerpt, "excerpt");
  }
}
