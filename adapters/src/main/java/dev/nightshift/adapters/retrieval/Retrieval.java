package dev.nightshift.adapters.retrieval;

import dev.nightshift.core.incident.IncidentStore;
import java.nio.file.Path;

/**
 * Opens the runbook search the reasoner and the reports use: runbook sections and past incident
 * reports in one in-memory index, ranked by BM25 or by BM25 fused with sentence embeddings.
 */
public final class Retrieval {

  private Retrieval() {}

  /** How documents are ranked. */
  public enum Mode {
    /** Lexical ranking only: fast, no model loaded. */
    BM25,
    /** BM25 fused with the in-process all-MiniLM-L6-v2 model by reciprocal rank fusion. */
    HYBRID
  }

  /**
   * Indexes {@code runbooksDir/*.md} (a missing directory means no runbooks) and the closed
   * incidents' reports; new closed incidents are picked up on the next search.
   */
  public static RunbookIndex open(Path runbooksDir, IncidentStore incidents, Mode mode) {
    Ranking ranking =
        switch (mode) {
          case BM25 -> Ranking.lexical();
          case HYBRID -> Ranking.hybrid(new Embedder());
        };
    return new RunbookIndex(runbooksDir, incidents, ranking);
  }
}
