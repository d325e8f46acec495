package dev.nightshift.adapters.retrieval;

import dev.nightshift.adapters.retrieval.LexicalIndex.Ranked;
import dev.nightshift.core.incident.IncidentStore;
import dev.nightshift.core.knowledge.RunbookHit;
import dev.nightshift.core.knowledge.RunbookSearch;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The runbook sections and past incident reports, searchable; safe to share between threads. Each
 * search first checks (one small store read) whether an incident has closed since the last build
 * and rebuilds if so; runbook files are re-read by {@link #refresh()}.
 */
public final class RunbookIndex implements RunbookSearch {

  private final Path runbooksDir;
  private final IncidentStore incidents;
  private final Ranking ranking;
  private final Object rebuilding = new Object();
  private volatile Corpus corpus;

  RunbookIndex(Path runbooksDir, IncidentStore incidents, Ranking ranking) {
    this.runbooksDir = Objects.requireNonNull(runbooksDir, "runbooksDir");
    this.incidents = Objects.requireNonNull(incidents, "incidents");
    this.ranking = Objects.requireNonNull(ranking, "ranking");
    Corpus empty = new Corpus(List.of(), LexicalIndex.of(List.of()), new float[0][], List.of());
    this.corpus = empty;
    refresh();
  }

  /** Re-reads the runbooks and the closed incidents' reports and rebuilds the index. */
  public void refresh() {
    synchronized (rebuilding) {
      rebuild(Documents.closedRecently(incidents));
    }
  }

  /** How many documents (runbook sections and incident reports) are indexed. */
  public int documents() {
    return corpus.sections().size();
  }

  @Override
  public List<RunbookHit> search(String query, int limit) {
    Objects.requireNonNull(query, "query");
    if (limit < 1) {
      return List.of();
    }
    Corpus current = upToDate();
    Set<String> terms = Terms.of(query);
    List<RunbookHit> hits = new ArrayList<>();
    for (Ranked r : ranking.rank(current, query, terms, limit)) {
      Section s = current.sections().get(r.section());
      hits.add(new RunbookHit(s.source(), s.title(), Passages.best(s.body(), terms), r.score()));
    }
    return hits;
  }

  private Corpus upToDate() {
    List<Long> closed = Documents.closedRecently(incidents);
    if (closed.equals(corpus.closedIncidents())) {
      return corpus;
    }
    synchronized (rebuilding) {
      if (!closed.equals(corpus.closedIncidents())) {
        rebuild(closed);
      }
      return corpus;
    }
  }

  private void rebuild(List<Long> closed) {
    List<Section> sections = new ArrayList<>(Documents.runbooks(runbooksDir));
    sections.addAll(Documents.incidents(incidents));
    corpus = ranking.build(sections, closed, corpus);
  }
}
