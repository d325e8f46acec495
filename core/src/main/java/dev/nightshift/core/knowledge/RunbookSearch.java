package dev.nightshift.core.knowledge;

import java.util.List;

/** Finds the runbooks and past incident reports that best answer a question. */
public interface RunbookSearch {

  /** Nothing indexed: every search finds nothing. */
  RunbookSearch NONE = (query, limit) -> List.of();

  /** The best {@code limit} hits for {@code query}, best first. */
  List<RunbookHit> search(String query, int limit);
}
