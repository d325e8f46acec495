package dev.nightshift.adapters.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares rendered output to src/test/resources/golden/{area}/{name}; with {@code
 * -Dgolden.update=true} it rewrites the file instead, so a reviewer sees the change as a diff.
 */
public final class Golden {

  private Golden() {}

  public static void check(String area, String name, String actual) {
    Path file = Path.of("src/test/resources/golden", area, name);
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(file)
          .as("golden file %s (run with -Dgolden.update=true to write it)", file)
          .exists();
      assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
