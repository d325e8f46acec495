package dev.nightshift.adapters.retrieval;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantised), which ships inside its Maven jar and runs
 * in-process: nothing is downloaded and no text leaves the process.
 */
final class Embedder {

  private final EmbeddingModel model;

  Embedder() {
    // Runs on the calling thread: searches are short and the caller already owns its threads.
    this.model = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
  }

  /** The unit-length vector of {@code text}. */
  float[] embed(String text) {
    return unit(model.embed(text).content().vector());
  }

  /** One vector per section, reusing {@code known} vectors of unchanged texts. */
  float[][] embedAll(List<Section> sections, Map<String, float[]> known) {
    float[][] out = new float[sections.size()][];
    for (int i = 0; i < out.length; i++) {
      String text = sections.get(i).text();
      float[] v = known.get(text);
      out[i] = v != null ? v : embed(text);
    }
    return out;
  }

  /** The vectors of {@code sections} by text, for the next rebuild to reuse. */
  static Map<String, float[]> byText(List<Section> sections, float[][] vectors) {
    Map<String, float[]> out = new HashMap<>();
    for (int i = 0; i < vectors.length; i++) {
      out.put(sections.get(i).text(), vectors[i]);
    }
    return out;
  }

  /** The cosine of two unit vectors. */
  static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }

  private static float[] unit(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    double length = Math.sqrt(norm);
    if (length == 0) {
      return v;
    }
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) (v[i] / length);
    }
    return out;
  }
}
