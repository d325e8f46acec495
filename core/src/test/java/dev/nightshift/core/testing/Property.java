package dev.nightshift.core.testing;

import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Property checks over seeded random cases: every failure names the seed that reproduces it, so a
 * red build can be replayed exactly with {@code -Dproperty.seed=...}.
 */
public final class Property {

  private static final long DEFAULT_SEED = 0x5EED_2026L;

  private Property() {}

  /**
   * Runs {@code check} on {@code cases} values drawn from {@code generator}; case {@code i} uses
   * the seed {@code base + i}, where {@code base} is {@code -Dproperty.seed} or a fixed default.
   */
  public static <T> void forAll(
      int cases, Function<Random, T> generator, Consumer<? super T> check) {
    long base = Long.getLong("property.seed", DEFAULT_SEED);
    for (int i = 0; i < cases; i++) {
      long seed = base + i;
      T value = generator.apply(new Random(seed));
      try {
        check.accept(value);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(
            "property failed for case " + i + " (seed " + seed + "): " + value, e);
      }
    }
  }
}
