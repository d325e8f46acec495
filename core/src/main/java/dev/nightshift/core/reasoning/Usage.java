package dev.nightshift.core.reasoning;

/**
 * What an investigation cost in model calls and tokens, as the provider reported it.
 *
 * @param calls model requests made
 */
public record Usage(int calls, long inputTokens, long outputTokens) {

  public static final Usage NONE = new Usage(0, 0, 0);

  public Usage {
    if (calls < 0 || inputTokens < 0 || outputTokens < 0) {
      throw new IllegalArgumentException("usage cannot be negative");
    }
  }

  public Usage plus(Usage other) {
    return new Usage(
        calls + other.calls, inputTokens + other.inputTokens, outputTokens + other.outputTokens);
  }

  public long tokens() {
    return inputTokens + outputTokens;
  }
}
