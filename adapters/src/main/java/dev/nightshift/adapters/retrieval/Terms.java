package dev.nightshift.adapters.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The English analysis shared by the index, the queries and the passage picker, so a query term is
 * the same stem wherever it is compared. Queries are never parsed: text is only tokenized, so
 * Lucene syntax in a question ({@code redis AND (}, {@code *:*}) is just words.
 */
final class Terms {

  /** Analyzers are thread-safe; one serves every index. */
  static final Analyzer ANALYZER = new EnglishAnalyzer();

  /** Enough terms for any real question, far below Lucene's clause limit. */
  static final int MAX = 64;

  private Terms() {}

  /** The distinct stems of {@code text}, in order, at most {@link #MAX}. */
  static Set<String> of(String text) {
    Set<String> out = new LinkedHashSet<>();
    try (TokenStream tokens = ANALYZER.tokenStream("body", text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken() && out.size() < MAX) {
        out.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      // Tokenizing a String reads no file; an IOException here is a bug.
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
