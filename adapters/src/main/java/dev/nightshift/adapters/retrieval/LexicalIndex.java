package dev.nightshift.adapters.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/** BM25 (Lucene's default similarity) over sections held in memory; immutable once built. */
final class LexicalIndex {

  private static final String TITLE = "title";
  private static final String BODY = "body";
  private static final String NUMBER = "n";
  private static final float TITLE_BOOST = 1.5f;

  private final IndexSearcher searcher;

  private LexicalIndex(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  static LexicalIndex of(List<Section> sections) {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(Terms.ANALYZER))) {
      for (int i = 0; i < sections.size(); i++) {
        Section s = sections.get(i);
        Document doc = new Document();
        doc.add(new StoredField(NUMBER, i));
        doc.add(new TextField(TITLE, s.title(), Field.Store.NO));
        doc.add(new TextField(BODY, s.body(), Field.Store.NO));
        writer.addDocument(doc);
      }
      writer.commit();
      return new LexicalIndex(new IndexSearcher(DirectoryReader.open(dir)));
    } catch (IOException e) {
      // The directory is in memory: an IOException here is a bug, not an outage.
      throw new UncheckedIOException(e);
    }
  }

  /** Section numbers that contain any of {@code terms}, best first, at most {@code limit}. */
  List<Ranked> rank(Set<String> terms, int limit) {
    if (terms.isEmpty() || limit < 1) {
      return List.of();
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String t : terms) {
      query.add(new TermQuery(new Term(BODY, t)), BooleanClause.Occur.SHOULD);
      query.add(
          new BoostQuery(new TermQuery(new Term(TITLE, t)), TITLE_BOOST),
          BooleanClause.Occur.SHOULD);
    }
    try {
      ScoreDoc[] hits = searcher.search(query.build(), limit).scoreDocs;
      StoredFields stored = searcher.storedFields();
      List<Ranked> out = new ArrayList<>(hits.length);
      for (ScoreDoc hit : hits) {
        int n = stored.document(hit.doc).getField(NUMBER).numericValue().intValue();
        out.add(new Ranked(n, hit.score));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A section's number and its score in one ranking. */
  record Ranked(int section, double score) {}
}
