package dev.nightshift.adapters.retrieval;

import dev.nightshift.adapters.retrieval.LexicalIndex.Ranked;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How sections are ranked: BM25 alone, or BM25 and embedding similarity fused by reciprocal rank
 * fusion (each list contributes 1 / (60 + rank)), which needs no score calibration between them.
 */
final class Ranking {

  /** The usual RRF constant: damps the difference between the first few ranks. */
  static final int RRF_K = 60;

  /** How deep each list is read before fusing. */
  static final int DEPTH = 50;

  /** Below this cosine a section is unrelated, not merely far down the list. */
  static final double MIN_SIMILARITY = 0.2;

  private final Optional<Embedder> embedder;

  private Ranking(Optional<Embedder> embedder) {
    this.embedder = embedder;
  }

  static Ranking lexical() {
    return new Ranking(Optional.empty());
  }

  static Ranking hybrid(Embedder embedder) {
    return new Ranking(Optional.of(embedder));
  }

  /** Builds a corpus, reusing the embeddings {@code previous} already computed. */
  Corpus build(List<Section> sections, List<Long> closed, Corpus previous) {
    float[][] vectors =
        embedder
            .map(
                e -> e.embedAll(sections, Embedder.byText(previous.sections(), previous.vectors())))
            .orElse(new float[0][]);
    return new Corpus(sections, LexicalIndex.of(sections), vectors, closed);
  }

  /** The best {@code limit} sections for {@code query}, best first. */
  List<Ranked> rank(Corpus corpus, String query, Set<String> terms, int limit) {
    List<Ranked> lexical = corpus.lexical().rank(terms, embedder.isPresent() ? DEPTH : limit);
    if (embedder.isEmpty() || query.isBlank()) {
      return lexical.stream().limit(limit).toList();
    }
    List<Ranked> semantic = semantic(corpus, embedder.get().embed(query));
    Map<Integer, Double> fused = new HashMap<>();
    for (List<Ranked> list : List.of(lexical, semantic)) {
      for (int r = 0; r < list.size(); r++) {
        fused.merge(list.get(r).section(), 1.0 / (RRF_K + r + 1), Double::sum);
      }
    }
    return fused.entrySet().stream()
        .map(e -> new Ranked(e.getKey(), e.getValue()))
        .sorted(Comparator.comparingDouble(Ranked::score).reversed().thenComparing(Ranked::section))
        .limit(limit)
        .toList();
  }

  private static List<Ranked> semantic(Corpus corpus, float[] query) {
    List<Ranked> out = new ArrayList<>();
    for (int i = 0; i < corpus.vectors().length; i++) {
      double similarity = Embedder.cosine(query, corpus.vectors()[i]);
      if (similarity >= MIN_SIMILARITY) {
        out.add(new Ranked(i, similarity));
      }
    }
    out.sort(Comparator.comparingDouble(Ranked::score).reversed());
    return out.stream().limit(DEPTH).toList();
  }
}
