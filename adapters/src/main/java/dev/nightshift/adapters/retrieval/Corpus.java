package dev.nightshift.adapters.retrieval;

import java.util.List;

/**
 * One immutable build of the index: the sections, their BM25 index and (in hybrid mode) their
 * embeddings, and which closed incidents it has seen. Searches read one without locking.
 */
record Corpus(
    List<Section> sections, LexicalIndex lexical, float[][] vectors, List<Long> closedIncidents) {

  Corpus {
    sections = List.copyOf(sections);
    closedIncidents = List.copyOf(closedIncidents);
  }
}
